using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Specifications;

namespace Modular.Vault.Domain.People;

/// <summary>A person of one organisation's directory: another organisation's id finds nothing.</summary>
internal sealed class PersonOfOrganisationSpec : Specification<Person>
{
    public PersonOfOrganisationSpec(Guid personId, Guid organisationId) => Query.Where(p => p.Id == personId && p.OrganisationId == organisationId);
}

/// <summary>The directory, searched by folded name, company or email; by name.</summary>
internal sealed class PeopleOfOrganisationSpec : Specification<Person>
{
    public PeopleOfOrganisationSpec(Guid organisationId, string? search, int take)
    {
        var folded = SearchText.Fold(search ?? "");
        Query.Where(p => p.OrganisationId == organisationId);
        if (folded.Length > 0)
        {
            Query.Where(p => p.SearchText.Contains(folded));
        }

        Query.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Take(take).AsNoTracking();
    }
}

/// <summary>The people an account is linked to, one per vault at most.</summary>
internal sealed class PeopleLinkedToSpec : Specification<Person>
{
    public PeopleLinkedToSpec(Guid userId) => Query.Where(p => p.LinkedUserId == userId).AsNoTracking();
}

internal sealed class PersonLinkedToSpec : Specification<Person>
{
    public PersonLinkedToSpec(Guid organisationId, Guid userId) => Query.Where(p => p.OrganisationId == organisationId && p.LinkedUserId == userId).AsNoTracking();
}

internal sealed class PeopleByIdsSpec : Specification<Person>
{
    public PeopleByIdsSpec(IReadOnlyCollection<Guid> ids) => Query.Where(p => ids.Contains(p.Id)).AsNoTracking();
}
