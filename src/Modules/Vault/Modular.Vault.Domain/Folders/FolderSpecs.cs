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
