using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Profiles;

namespace Modular.Portfolio.Application.Profiles;

internal static class ProfileMapping
{
    /// <param name="portfolio">The firm's establishments in the portfolio, to count the ones the profile covers now.</param>
    public static DelegationProfileDto ToDto(this DelegationProfile profile, IEnumerable<Establishment> portfolio)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(portfolio);
        return new DelegationProfileDto(
            profile.Id, profile.Name, (Contracts.Responsibilities)profile.Responsibilities, profile.Establishments, profile.RulePartnerGroup,
            (Contracts.DueDay?)profile.RuleDueDay, profile.Collaborators, portfolio.Count(profile.Covers));
    }
}
