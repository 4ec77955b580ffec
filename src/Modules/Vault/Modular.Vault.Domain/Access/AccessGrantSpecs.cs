using Modular.SharedKernel.Specifications;

namespace Modular.Vault.Domain.Access;

internal sealed class GrantsOnFolderSpec : Specification<AccessGrant>
{
    public GrantsOnFolderSpec(Guid folderId) => Query.Where(g => g.FolderId == folderId).OrderBy(g => g.GrantedAt).AsNoTracking();
}

internal sealed class GrantsOfPersonSpec : Specification<AccessGrant>
{
    public GrantsOfPersonSpec(Guid personId) => Query.Where(g => g.PersonId == personId).AsNoTracking();
}

internal sealed class GrantsOfPeopleSpec : Specification<AccessGrant>
{
    public GrantsOfPeopleSpec(IReadOnlyCollection<Guid> personIds) => Query.Where(g => g.PersonId != null && personIds.Contains(g.PersonId.Value)).AsNoTracking();
}

internal sealed class GrantsOfClientSpec : Specification<AccessGrant>
{
    public GrantsOfClientSpec(string clientId) => Query.Where(g => g.ClientId == clientId).AsNoTracking();
}

internal sealed class GrantOfPersonOnFolderSpec : Specification<AccessGrant>
{
    public GrantOfPersonOnFolderSpec(Guid folderId, Guid personId) => Query.Where(g => g.FolderId == folderId && g.PersonId == personId);
}

internal sealed class GrantOfClientOnFolderSpec : Specification<AccessGrant>
{
    public GrantOfClientOnFolderSpec(Guid folderId, string clientId) => Query.Where(g => g.FolderId == folderId && g.ClientId == clientId);
}

internal sealed class GrantOfOrganisationSpec : Specification<AccessGrant>
{
    public GrantOfOrganisationSpec(Guid grantId, Guid organisationId) => Query.Where(g => g.Id == grantId && g.OrganisationId == organisationId);
}
