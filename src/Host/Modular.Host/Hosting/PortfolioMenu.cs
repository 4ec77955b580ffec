using System.Security.Claims;
using MediatR;
using Modular.Identity.Contracts;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Host.Hosting;

/// <summary>
/// Whether the menu offers « Mon portefeuille »: to a firm's administrator and to the agents the
/// portfolio's administrator gave a part of it. A page shown while the database is out of reach
/// leaves the entry out.
/// </summary>
public sealed class PortfolioMenu(IMediator mediator)
{
    public async Task<bool> IsShownAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || !(user.IsInRole(IdentityRoles.Admin) || user.IsInRole(IdentityRoles.Agent)))
        {
            return false;
        }

        try
        {
            var access = await mediator.Send(new GetPortfolioAccessQuery(), cancellationToken);
            return access.IsSuccess && access.Value.HasAccess;
        }
        catch (Exception ex) when (DatabaseErrors.IsUnavailable(ex))
        {
            return false;
        }
    }
}
