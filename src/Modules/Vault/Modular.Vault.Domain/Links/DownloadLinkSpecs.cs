using Modular.SharedKernel.Specifications;
using Modular.Vault.Domain.Documents;

namespace Modular.Vault.Domain.Links;

internal sealed class DownloadLinkByTokenHashSpec : Specification<DownloadLink>
{
    public DownloadLinkByTokenHashSpec(byte[] tokenHash) => Query.Where(l => l.TokenHash == tokenHash).AsNoTracking();
}

/// <summary>A link of one organisation: another organisation's id finds nothing.</summary>
internal sealed class DownloadLinkOfOrganisationSpec : Specification<DownloadLink>
{
    public DownloadLinkOfOrganisationSpec(Guid linkId, Guid organisationId) => Query.Where(l => l.Id == linkId && l.OrganisationId == organisationId).AsNoTracking();
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

/// <summary>The links of a folder that can still be revoked at <paramref name="now"/> (<see cref="DownloadLink.RevocableAt"/>).</summary>
internal sealed class RevocableLinksOfFolderSpec : Specification<DownloadLink>
{
    public RevocableLinksOfFolderSpec(Guid folderId, DateTimeOffset now)
    {
        Query.Where(l => l.FolderId == folderId);
        Query.Where(DownloadLink.RevocableAt(now)).AsNoTracking();
    }
}
