using System.Security.Claims;
using MediatR;
using Modular.ClientPortal.Contracts;
using Modular.Identity.Contracts;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Messaging;
using Modular.Vault.Contracts;

namespace Modular.Host.Hosting;

/// <summary>The entries the menu and the home page offer besides a role's own modules.</summary>
/// <param name="PortalReader">« Mes documents »: an outside account that reads a company's documents on the client portal.</param>
/// <param name="VaultGuest">« Mes coffres partagés »: an outside account, except a portal reader with no vault shared with them.</param>
/// <param name="Portfolio">« Mon portefeuille »: a firm's administrator, or an agent given a part of the portfolio.</param>
public sealed record MenuEntries(bool PortalReader, bool VaultGuest, bool Portfolio);

/// <summary>
/// Works out the <see cref="MenuEntries"/> of the signed-in person once per request (the layout and
/// the home page both ask). A page shown while the database is out of reach leaves out the entries
/// that need it, but keeps « Mes coffres partagés », as before the portal existed.
/// </summary>
public sealed class ModuleMenu(IMediator mediator)
{
    private static readonly MenuEntries None = new(false, false, false);

    private MenuEntries? _entries;

    public async Task<MenuEntries> EntriesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _entries ??= await WorkOutAsync(user, cancellationToken);
    }

    private async Task<MenuEntries> WorkOutAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return None;
        }

        var external = user.IsInRole(IdentityRoles.External);
        var portalReader = external && await AskAsync(new IsPortalReaderQuery(), reader => reader, otherwise: false, cancellationToken);
        var vaultGuest = external && (!portalReader || await AskAsync(new ListMyVaultsQuery(), vaults => vaults.Count > 0, otherwise: true, cancellationToken));
        var portfolio = (user.IsInRole(IdentityRoles.Admin) || user.IsInRole(IdentityRoles.Agent))
            && await AskAsync(new GetPortfolioAccessQuery(), access => access.HasAccess, otherwise: false, cancellationToken);
        return new MenuEntries(portalReader, vaultGuest, portfolio);
    }

    /// <summary>The answer to <paramref name="query"/> as yes or no; <paramref name="otherwise"/> when it fails or the database is out of reach.</summary>
    private async Task<bool> AskAsync<T>(IQuery<T> query, Func<T, bool> yes, bool otherwise, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await mediator.Send(query, cancellationToken);
            return answer.IsSuccess ? yes(answer.Value) : otherwise;
        }
        catch (Exception ex) when (DatabaseErrors.IsUnavailable(ex))
        {
            return otherwise;
        }
    }
}
