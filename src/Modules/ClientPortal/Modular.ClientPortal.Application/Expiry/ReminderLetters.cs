using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Companies;

namespace Modular.ClientPortal.Application.Expiry;

/// <summary>
/// Who gets an expiry reminder and what it lists: each active client user of the company, with those
/// of the reminded documents still on the portal that they have not downloaded themselves; a user
/// who has downloaded them all gets nothing.
/// </summary>
internal sealed class ReminderLetters(IPortalRepository repository, IPortalMailStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<PortalLetter>> ForAsync(Guid companyId, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        var documents = await store.StillOnPortalAsync(companyId, documentIds, time.GetUtcNow(), cancellationToken);
        if (documents.Count == 0 || await repository.FindAsync(new CompanyByIdSpec(companyId), cancellationToken) is not { } company)
        {
            return [];
        }

        var letters = new List<PortalLetter>();
        var ids = documents.Select(d => d.Id).ToList();
        foreach (var member in (await repository.ListAsync(new MembersOfCompanySpec(companyId), cancellationToken)).Where(m => m.IsActive))
        {
            var downloaded = await repository.DownloadedAsync(ids, member.UserId, cancellationToken);
            var left = documents.Where(d => !downloaded.Contains(d.Id)).ToList();
            if (left.Count > 0)
            {
                letters.Add(new PortalLetter(member.UserId, company.Id, company.InsurerId, company.Name, left));
            }
        }

        return letters;
    }
}
