using Modular.SharedKernel.Specifications;
using Modular.Vault.Domain.Documents;

namespace Modular.Vault.Domain.Links;

internal sealed class DownloadLinkByTokenHashSpec : Specification<DownloadLink>
{
    public DownloadLinkByTokenHashSpec(byte[] tokenHash) => Query.Where(l => l.TokenHash == tokenHash).AsNoTracking();
}

/// <summary>The links made from a folder of one organisation, newest first.</summary>
internal sealed class DownloadLinksOfFolderSpec : Specification<DownloadLink>
{
    public DownloadLinksOfFolderSpec(Guid folderId, Guid organisationId, int take) =>
        Query.Where(l => l.FolderId == folderId && l.OrganisationId == organisationId).OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).Take(take).AsNoTracking();
}

internal sealed class DocumentsByIdsSpec : Specification<Document>
{
    public DocumentsByIdsSpec(IReadOnlyCollection<Guid> ids, Guid organisationId) =>
        Query.Where(d => ids.Contains(d.Id) && d.OrganisationId == organisationId).OrderBy(d => d.Name).AsNoTracking();
}
