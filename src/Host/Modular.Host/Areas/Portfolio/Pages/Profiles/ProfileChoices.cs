using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Portfolio.Contracts;

namespace Modular.Host.Areas.Portfolio.Pages.Profiles;

/// <summary>Who the profile pages offer: the firm's active agents, by name.</summary>
public static class ProfileChoices
{
    public static async Task<IReadOnlyList<OrganisationMemberDto>> AgentsAsync(IMediator mediator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mediator);
        var organisation = await mediator.Send(new GetMyOrganisationQuery(), cancellationToken);
        return organisation.IsFailure
            ? []
            : [.. organisation.Value.Members
                .Where(m => m.IsActive && m.Roles.Contains(PortfolioScopes.AgentRole) && !m.Roles.Contains(PortfolioScopes.AdminRole))
                .OrderBy(m => m.DisplayName, StringComparer.CurrentCulture)];
    }
}
