using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Companies;

namespace Modular.ClientPortal.Application.Digests;

/// <summary>
/// Who gets a digest and what it lists: for each company with documents published in the window,
/// each of its active client users, with all of them (whether their account may still be written to
/// is Identity's to say, when the email is sent).
/// </summary>
internal sealed class DigestLetters(IPortalRepository repository, IPortalMailStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<PortalLetter>> ForAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var letters = new List<PortalLetter>();
        var published = await store.PublishedBetweenAsync(from, to, time.GetUtcNow(), cancellationToken);
        foreach (var documents in published.GroupBy(d => d.CompanyId))
        {
            if (await repository.FindAsync(new CompanyByIdSpec(documents.Key), cancellationToken) is not { } company)
            {
                continue;
            }

            var members = await repository.ListAsync(new MembersOfCompanySpec(company.Id), cancellationToken);
            letters.AddRange(members.Where(m => m.IsActive).Select(m => new PortalLetter(m.UserId, company.Id, company.InsurerId, company.Name, [.. documents])));
        }

        return letters;
    }
}
