using System.Security.Claims;
using MediatR;
using Modular.ClientPortal.Contracts;
using Modular.Identity.Contracts;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Host.Hosting;

/// <summary>
/// Whether the menu offers « Mes documents »: only to an outside account that reads a company's
/// documents on the client portal. A page shown while the database is out of reach (an error page)
/// simply leaves the entry out.
/// </summary>
public sealed class PortalMenu(IMediator mediator)
{
    public async Task<bool> IsReaderAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || !user.IsInRole(IdentityRoles.External))
        {
            return false;
        }

        try
        {
            var reader = await mediator.Send(new IsPortalReaderQuery(), cancellationToken);
            return reader.IsSuccess && reader.Value;
        }
        catch (Exception ex) when (DatabaseErrors.IsUnavailable(ex))
        {
            return false;
        }
    }
}
