using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Domain.Profiles;

/// <summary>The firm's profiles a collaborator holds.</summary>
internal sealed class ProfilesOfCollaboratorSpec : Specification<DelegationProfile>
{
    public ProfilesOfCollaboratorSpec(Guid firmId, Guid userId) => Query.Where(p => p.FirmId == firmId && p.Collaborators.Contains(userId)).AsNoTracking();
}

internal sealed class AdministratorSpec : Specification<PortfolioAdministrator>
{
    public AdministratorSpec(Guid firmId, Guid userId, bool tracked = false)
    {
        Query.Where(a => a.FirmId == firmId && a.UserId == userId);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}

/// <summary>The firm's agents with the portfolio-administrator right, the first granted first.</summary>
internal sealed class AdministratorsOfFirmSpec : Specification<PortfolioAdministrator>
{
    public AdministratorsOfFirmSpec(Guid firmId) => Query.Where(a => a.FirmId == firmId).OrderBy(a => a.GrantedAt).AsNoTracking();
}

/// <summary>The firm's delegation profiles, by name.</summary>
internal sealed class ProfilesOfFirmSpec : Specification<DelegationProfile>
{
    public ProfilesOfFirmSpec(Guid firmId) => Query.Where(p => p.FirmId == firmId).OrderBy(p => p.Name).AsNoTracking();
}

/// <summary>One of the firm's profiles, tracked for a change.</summary>
internal sealed class ProfileByIdSpec : Specification<DelegationProfile>
{
    public ProfileByIdSpec(Guid firmId, Guid id) => Query.Where(p => p.FirmId == firmId && p.Id == id);
}
