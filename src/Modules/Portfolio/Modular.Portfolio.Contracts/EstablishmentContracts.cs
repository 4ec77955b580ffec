using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Portfolio.Contracts;

/// <summary>An establishment's address as a DSN gives it.</summary>
public sealed record EstablishmentAddressDto(string? Street, string? PostalCode, string? City);

/// <summary>
/// A client establishment of the firm's portfolio. <paramref name="DeclaredAddress"/>: the other
/// address a later DSN gave, until the administrator chooses; <paramref name="SuggestedName"/>: the
/// sender's own name, when it declared itself.
/// </summary>
public sealed record EstablishmentDto(
    Guid Id,
    string Siret,
    string? Name,
    string? SuggestedName,
    EstablishmentStatus Status,
    DueDay? DueDay,
    string? PartnerGroup,
    EstablishmentAddressDto Address,
    EstablishmentAddressDto? DeclaredAddress,
    bool AddedByDsn,
    DateTimeOffset AddedAt,
    DateTimeOffset? RemovedAt,
    Responsibilities Allowed);

/// <summary>The establishments the caller sees (all for the administrator, their delegation's for a collaborator), by name then SIRET.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Read)]
public sealed record ListEstablishmentsQuery(string? Search = null, EstablishmentStatus? Status = null, string? PartnerGroup = null, DueDay? DueDay = null)
    : IQuery<IReadOnlyList<EstablishmentDto>>;

/// <summary>
/// « Mon portefeuille », a page at a time: the same establishments, filters and order as
/// <see cref="ListEstablishmentsQuery"/>, filtered and paged by the database (a portfolio of tens of
/// thousands of establishments costs a page's rows, not the whole portfolio).
/// </summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Read)]
public sealed record SearchEstablishmentsQuery(
    string? Search = null, EstablishmentStatus? Status = null, string? PartnerGroup = null, DueDay? DueDay = null, int Page = 1, int PageSize = SearchEstablishmentsQuery.DefaultPageSize)
    : IQuery<PagedList<EstablishmentDto>>
{
    public const int DefaultPageSize = 50;
}

/// <summary>One establishment by its SIRET (spaces and dots ignored); another firm's, or one outside the caller's delegation, is not found.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Read)]
public sealed record GetEstablishmentQuery(string Siret) : IQuery<EstablishmentDto>;

/// <summary>« Ajout manuel »: the SIRET, the company's name, its partner group and due day; a SIRET already there is refused.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record AddEstablishmentCommand(string? Siret, string? Name, DueDay? DueDay, string? PartnerGroup) : ICommand<EstablishmentDto>;

/// <summary>Gives or corrects an establishment's name, due day and partner group.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record CompleteEstablishmentCommand(string Siret, string? Name, DueDay? DueDay, string? PartnerGroup) : ICommand<EstablishmentDto>;

/// <summary>Takes the address the last DSN gave, or keeps the known one; the flag goes either way.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record ResolveEstablishmentAddressCommand(string Siret, bool TakeDeclared) : ICommand<EstablishmentDto>;

/// <summary>Takes an establishment out of the portfolio; it stays in the history and may be added again.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record RemoveEstablishmentCommand(string Siret) : ICommand;

/// <summary>Puts a removed establishment back in the portfolio, as it was.</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record RestoreEstablishmentCommand(string Siret) : ICommand<EstablishmentDto>;

/// <summary>A partner social-protection group an establishment may be attached to (<c>Modular:Portfolio:PartnerGroups</c>).</summary>
public sealed record PartnerGroupDto(string Code, string Name);

[RequireAuthenticated]
public sealed record ListPartnerGroupsQuery : IQuery<IReadOnlyList<PartnerGroupDto>>;

/// <summary>
/// Whether the caller reaches the firm's portfolio, as its administrator, and whether they may
/// deposit DSN files (the administrator, or a profile giving « Déposer des DSN »): for the menu and
/// the pages' actions.
/// </summary>
public sealed record PortfolioAccessDto(bool HasAccess, bool IsAdministrator, bool MayDeposit = false);

[RequireAuthenticated]
public sealed record GetPortfolioAccessQuery : IQuery<PortfolioAccessDto>;
