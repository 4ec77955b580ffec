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

/// <summary>The grants of an API client (its server id) within the organisation it works for.</summary>
internal sealed class GrantsOfClientSpec : Specification<AccessGrant>
{
    public GrantsOfClientSpec(string clientApplicationId, Guid organisationId) =>
        Query.Where(g => g.ClientApplicationId == clientApplicationId && g.OrganisationId == organisationId).AsNoTracking();
}

internal sealed class GrantOfPersonOnFolderSpec : Specification<AccessGrant>
{
    public GrantOfPersonOnFolderSpec(Guid folderId, Guid personId) => Query.Where(g => g.FolderId == folderId && g.PersonId == personId);
}

internal sealed class GrantOfClientOnFolderSpec : Specification<AccessGrant>
{
    public GrantOfClientOnFolderSpec(Guid folderId, string clientApplicationId) => Query.Where(g => g.FolderId == folderId && g.ClientApplicationId == clientApplicationId);
}

/// <summary>Grants still naming a typed client id, to resolve (oldest first).</summary>
internal sealed class LegacyClientGrantsSpec : Specification<AccessGrant>
{
    public LegacyClientGrantsSpec() => Query.Where(g => g.LegacyClientId != null).OrderBy(g => g.GrantedAt);
}

internal sealed class GrantOfOrganisationSpec : Specification<AccessGrant>
{
    public GrantOfOrganisationSpec(Guid grantId, Guid organisationId) => Query.Where(g => g.Id == grantId && g.OrganisationId == organisationId);
}
