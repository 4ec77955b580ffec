using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Access;

/// <summary>
/// Who reaches what in a firm's portfolio, in one place. The firm is the caller's organisation. Its
/// administrator (the firm's Admin, an agent given the portfolio-administrator right, or the firm's
/// system with a client-credentials token) reaches everything; an agent with delegation profiles
/// reaches the establishments they cover, for the responsibilities they give; anyone else, nothing.
/// An establishment outside the caller's part (or another firm's) is not found, never forbidden:
/// its existence is not told.
/// </summary>
internal sealed class PortfolioAccess(IPortfolioRepository repository, ICurrentUser user)
{
    public async Task<Result<PortfolioCaller>> CallerAsync(CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } firm)
        {
            return PortfolioErrors.NoPortfolioAccess;
        }

        if (user.UserId is not { } userId)
        {
            // The firm's own system, by client credentials: it acts for the firm.
            return user.ClientId is null ? PortfolioErrors.NoPortfolioAccess : new PortfolioCaller(firm, null, user.ClientId, true, []);
        }

        if (user.IsInRole(PortfolioScopes.AdminRole)
            || (user.IsInRole(PortfolioScopes.AgentRole) && await repository.FindAsync(new AdministratorSpec(firm, userId), cancellationToken) is not null))
        {
            return new PortfolioCaller(firm, userId, user.ClientId, true, []);
        }

        if (!user.IsInRole(PortfolioScopes.AgentRole))
        {
            return PortfolioErrors.NoPortfolioAccess;
        }

        var profiles = await repository.ListAsync(new ProfilesOfCollaboratorSpec(firm, userId), cancellationToken);
        return profiles.Count == 0 ? PortfolioErrors.NoPortfolioAccess : new PortfolioCaller(firm, userId, user.ClientId, false, profiles);
    }

    /// <summary>The administrator only (manual adds, restoring, profiles).</summary>
    public async Task<Result<PortfolioCaller>> AdministratorAsync(CancellationToken cancellationToken)
    {
        var caller = await CallerAsync(cancellationToken);
        return caller.IsFailure || caller.Value.IsAdministrator ? caller : PortfolioErrors.NotAdministrator;
    }

    /// <summary>
    /// The establishment of that SIRET (spaces and dots ignored) in the caller's part, tracked for a
    /// change; not found outside it; forbidden when the part does not give <paramref name="needed"/>.
    /// A removed establishment is the administrator's only: no profile covers it.
    /// </summary>
    public async Task<Result<(PortfolioCaller Caller, Establishment Establishment)>> EstablishmentAsync(
        string? siret, Responsibilities needed, CancellationToken cancellationToken)
    {
        var caller = await CallerAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        var establishment = await repository.FindAsync(new EstablishmentBySiretSpec(caller.Value.FirmId, Siret.Normalise(siret)), cancellationToken);
        if (establishment is null || !caller.Value.May(establishment, Responsibilities.View))
        {
            return PortfolioErrors.EstablishmentNotFound;
        }

        return caller.Value.May(establishment, needed) ? (caller.Value, establishment) : PortfolioErrors.ResponsibilityMissing;
    }
}
