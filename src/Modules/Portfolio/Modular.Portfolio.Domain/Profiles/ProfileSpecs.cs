using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Domain.Profiles;

/// <summary>The firm's profiles a collaborator holds.</summary>
internal sealed class ProfilesOfCollaboratorSpec : Specification<DelegationProfile>
{
    public ProfilesOfCollaboratorSpec(Guid firmId, Guid userId) => Query.Where(p => p.FirmId == firmId && p.Collaborators.Contains(userId)).AsNoTracking();
}

internal sealed class AdministratorSpec : Specification<PortfolioAdministrator>
{
    public AdministratorSpec(Guid firmId, Guid userId) => Query.Where(a => a.FirmId == firmId && a.UserId == userId).AsNoTracking();
}
