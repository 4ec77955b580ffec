using Modular.SharedKernel.Specifications;

namespace Modular.Identity.Domain.Organisations;

internal sealed class OrganisationsByNameSpec : Specification<Organisation>
{
    public OrganisationsByNameSpec() => Query.AsNoTracking().OrderBy(o => o.Name);
}

internal sealed class OrganisationByNameSpec : Specification<Organisation>
{
    public OrganisationByNameSpec(string name) => Query.Where(o => o.Name == name);
}
