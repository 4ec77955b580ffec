using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Portfolio.Contracts;

/// <summary>One declaration of a deposited file and what it did: added, already there, or refused and why (<c>removed</c>, <c>outside-profile</c>).</summary>
public sealed record DepositLineDto(
    string Siret,
    DateOnly Month,
    string Nature,
    string Type,
    EstablishmentAddressDto Address,
    int Individuals,
    DeclarationOutcome Outcome,
    string? RefusalReason);

/// <summary>
/// A deposited DSN file and its declarations; <paramref name="AlreadyDeposited"/> when the same bytes
/// had been deposited before (that first deposit is the one returned, and nothing was added again).
/// </summary>
public sealed record DepositDto(
    Guid Id,
    string FileName,
    string Sha256,
    long Size,
    DateTimeOffset DepositedAt,
    string SenderSiren,
    bool AlreadyDeposited,
    IReadOnlyList<DepositLineDto> Declarations);

/// <summary>
/// « Déposer une DSN »: the file is read as it streams (Latin-1, size-limited); any structural
/// problem refuses it whole with every problem and its line; otherwise it is kept with its SHA-256
/// and each declaration adds its establishment or records the month's filing.
/// </summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Write)]
public sealed record DepositDsnCommand(string? FileName, Stream Content) : ICommand<DepositDto>;

[RequireAuthenticated]
[RequireScope(PortfolioScopes.Read)]
public sealed record GetDepositQuery(Guid Id) : IQuery<DepositDto>;

/// <summary>One establishment's line of the « échéancier » for a month.</summary>
public sealed record FilingLineDto(
    string Siret,
    string? Name,
    DueDay? DueDay,
    DateTimeOffset? Due,
    DateTimeOffset? DepositedAt,
    FilingState State,
    bool CancelsAndReplaces,
    Guid? DepositId);

/// <summary>« Échéancier »: every establishment the caller sees, with its DSN of <paramref name="Month"/> (its first day).</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Read)]
public sealed record ListFilingsQuery(DateOnly Month) : IQuery<IReadOnlyList<FilingLineDto>>;
