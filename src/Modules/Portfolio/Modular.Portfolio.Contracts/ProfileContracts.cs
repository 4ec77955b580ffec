using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Portfolio.Contracts;

/// <summary>
/// A delegation profile: its establishments chosen one by one (<paramref name="Establishments"/>), or
/// its rule (partner group and/or due day), its responsibilities and the collaborators who hold it;
/// <paramref name="EstablishmentCount"/>: how many establishments it covers now.
/// </summary>
public sealed record DelegationProfileDto(
    Guid Id,
    string Name,
    Responsibilities Responsibilities,
    IReadOnlyList<Guid> Establishments,
    string? RulePartnerGroup,
    DueDay? RuleDueDay,
    IReadOnlyList<Guid> Collaborators,
    int EstablishmentCount);

/// <summary>The firm's delegation profiles, by name (the administrator's).</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Read)]
public sealed record ListDelegationProfilesQuery : IQuery<IReadOnlyList<DelegationProfileDto>>;

[RequireAuthenticated]
[RequireScope(PortfolioScopes.Read)]
public sealed record GetDelegationProfileQuery(Guid Id) : IQuery<DelegationProfileDto>;

/// <summary>
/// Creates a profile: a name, at least one responsibility, the establishments (one by one, or a rule:
/// partner group and/or due day) and the firm's collaborators who hold it.
/// </summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record CreateDelegationProfileCommand(
    string? Name, Responsibilities Responsibilities, IReadOnlyList<Guid> Establishments, string? RulePartnerGroup, DueDay? RuleDueDay, IReadOnlyList<Guid> Collaborators)
    : ICommand<DelegationProfileDto>;

/// <summary>Changes a profile as a whole; its collaborators see the new part at their next request.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record ChangeDelegationProfileCommand(
    Guid Id, string? Name, Responsibilities Responsibilities, IReadOnlyList<Guid> Establishments, string? RulePartnerGroup, DueDay? RuleDueDay, IReadOnlyList<Guid> Collaborators)
    : ICommand<DelegationProfileDto>;

/// <summary>Deletes a profile: its collaborators lose that part at once.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record DeleteDelegationProfileCommand(Guid Id) : ICommand;

/// <summary>An agent of the firm given the portfolio-administrator right.</summary>
public sealed record PortfolioAdministratorDto(Guid UserId, DateTimeOffset GrantedAt);

[RequireAuthenticated]
[RequireScope(PortfolioScopes.Read)]
public sealed record ListPortfolioAdministratorsQuery : IQuery<IReadOnlyList<PortfolioAdministratorDto>>;

/// <summary>Gives an agent of the firm the portfolio-administrator right: the whole portfolio and its profiles.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record GrantPortfolioAdministratorCommand(Guid UserId) : ICommand;

/// <summary>Takes the right back; the agent keeps what their profiles give.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record RevokePortfolioAdministratorCommand(Guid UserId) : ICommand;
