using System.Security.Claims;
using MediatR;
using Modular.Identity.Contracts;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.Vault.Contracts;

namespace Modular.Host.Hosting;

/// <summary>
/// Whether the menu and the home page offer « Mes coffres partagés »: to an outside account, except
/// a client portal reader with no vault shared with them (they came for their company's documents,
/// and an empty area would only puzzle them). A page shown while the database is out of reach
/// keeps the entry, as before the portal existed.
/// </summary>
public sealed class GuestMenu(IMediator mediator)
{
    public async Task<bool> IsShownAsync(ClaimsPrincipal user, bool portalReader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || !user.IsInRole(IdentityRoles.External))
        {
            return false;
        }

        if (!portalReader)
        {
            return true;
        }

        try
        {
            var vaults = await mediator.Send(new ListMyVaultsQuery(), cancellationToken);
            return vaults.IsFailure || vaults.Value.Count > 0;
        }
        catch (Exception ex) when (DatabaseErrors.IsUnavailable(ex))
        {
            return true;
        }
    }
}
