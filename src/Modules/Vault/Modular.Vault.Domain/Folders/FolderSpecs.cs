using Modular.SharedKernel.Specifications;

namespace Modular.Vault.Domain.Folders;

/// <summary>A folder of one organisation's vault: another organisation's id finds nothing.</summary>
internal sealed class FolderOfOrganisationSpec : Specification<Folder>
{
    public FolderOfOrganisationSpec(Guid folderId, Guid organisationId) => Query.Where(f => f.Id == folderId && f.OrganisationId == organisationId);
}

internal sealed class FoldersOfOrganisationSpec : Specification<Folder>
{
    public FoldersOfOrganisationSpec(Guid organisationId) => Query.Where(f => f.OrganisationId == organisationId).OrderBy(f => f.Name).AsNoTracking();
}

internal sealed class FolderNamedSpec : Specification<Folder>
{
    public FolderNamedSpec(Guid organisationId, string name) => Query.Where(f => f.OrganisationId == organisationId && f.Name == name).AsNoTracking();
}

internal sealed class FolderJournalSpec : Specification<JournalEntry>
{
    public FolderJournalSpec(Guid folderId, int take) => Query.Where(j => j.FolderId == folderId).OrderByDescending(j => j.At).ThenByDescending(j => j.Id).Take(take).AsNoTracking();
}
