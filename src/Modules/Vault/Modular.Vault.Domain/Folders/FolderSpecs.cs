using Modular.SharedKernel.Specifications;

namespace Modular.Vault.Domain.Folders;

/// <summary>A folder of one organisation's vault: another organisation's id finds nothing.</summary>
internal sealed class FolderOfOrganisationSpec : Specification<Folder>
{
    public FolderOfOrganisationSpec(Guid folderId, Guid organisationId) => Query.Where(f => f.Id == folderId && f.OrganisationId == organisationId);
}

internal sealed class FoldersOfOrganisationSpec : Specification<Folder>
{
    public FoldersOfOrganisationSpec(Guid organisationId) => Query.Where(f => f.OrganisationId == organisationId && f.HomeOfPersonId == null).OrderBy(f => f.Name).AsNoTracking();
}

/// <summary>The folder whose name is <paramref name="name"/> ignoring case and accents, home pages aside.</summary>
internal sealed class FolderNamedSpec : Specification<Folder>
{
    public FolderNamedSpec(Guid organisationId, string name)
    {
        var key = Folder.KeyOf(name);
        Query.Where(f => f.OrganisationId == organisationId && f.HomeOfPersonId == null && f.NameKey == key).AsNoTracking();
    }
}

internal sealed class FolderJournalSpec : Specification<JournalEntry>
{
    public FolderJournalSpec(Guid folderId, int take) => Query.Where(j => j.FolderId == folderId).OrderByDescending(j => j.At).ThenByDescending(j => j.Id).Take(take).AsNoTracking();
}

internal sealed class FoldersByIdsSpec : Specification<Folder>
{
    public FoldersByIdsSpec(IReadOnlyCollection<Guid> ids) => Query.Where(f => ids.Contains(f.Id)).AsNoTracking();
}

/// <summary>The public folders of the vaults of <paramref name="organisationIds"/>.</summary>
internal sealed class PublicFoldersSpec : Specification<Folder>
{
    public PublicFoldersSpec(IReadOnlyCollection<Guid> organisationIds) => Query.Where(f => f.IsPublic && organisationIds.Contains(f.OrganisationId)).AsNoTracking();
}

/// <summary>The home pages of <paramref name="personIds"/>.</summary>
internal sealed class HomePagesSpec : Specification<Folder>
{
    public HomePagesSpec(IReadOnlyCollection<Guid> personIds) => Query.Where(f => f.HomeOfPersonId != null && personIds.Contains(f.HomeOfPersonId.Value)).AsNoTracking();
}

internal sealed class FolderByIdSpec : Specification<Folder>
{
    public FolderByIdSpec(Guid folderId) => Query.Where(f => f.Id == folderId);
}

/// <summary>The deleted folders of an organisation's vault, the latest deleted first (the store's one read of deleted folders).</summary>
internal sealed class DeletedFoldersOfOrganisationSpec : Specification<Folder>
{
    public DeletedFoldersOfOrganisationSpec(Guid organisationId, int take) =>
        Query.Where(f => f.OrganisationId == organisationId && f.DeletedAt != null).OrderByDescending(f => f.DeletedAt).ThenBy(f => f.Name).Take(take).AsNoTracking().IgnoreQueryFilters();
}

/// <summary>One deleted folder of an organisation's vault.</summary>
internal sealed class DeletedFolderOfOrganisationSpec : Specification<Folder>
{
    public DeletedFolderOfOrganisationSpec(Guid folderId, Guid organisationId) =>
        Query.Where(f => f.Id == folderId && f.OrganisationId == organisationId && f.DeletedAt != null).AsNoTracking().IgnoreQueryFilters();
}

/// <summary>The journal line that tells a folder's deletion.</summary>
internal sealed class FolderDeletionLinesSpec : Specification<JournalEntry>
{
    public FolderDeletionLinesSpec(IReadOnlyCollection<Guid> folderIds) =>
        Query.Where(j => folderIds.Contains(j.FolderId) && j.Kind == JournalKind.FolderDeleted).AsNoTracking();
}
