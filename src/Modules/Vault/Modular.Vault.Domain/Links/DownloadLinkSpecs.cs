using Modular.SharedKernel.Specifications;
using Modular.Vault.Domain.Documents;

namespace Modular.Vault.Domain.Links;

internal sealed class DownloadLinkByTokenHashSpec : Specification<DownloadLink>
{
    public DownloadLinkByTokenHashSpec(byte[] tokenHash) => Query.Where(l => l.TokenHash == tokenHash).AsNoTracking();
}

internal sealed class DocumentsByIdsSpec : Specification<Document>
{
    public DocumentsByIdsSpec(IReadOnlyCollection<Guid> ids, Guid organisationId) =>
        Query.Where(d => ids.Contains(d.Id) && d.OrganisationId == organisationId).OrderBy(d => d.Name).AsNoTracking();
}
