using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Portfolio.Contracts;

/// <summary>What happened to an establishment (twin of the Domain's JournalEvent).</summary>
public enum JournalEvent
{
    AddedByDsn,
    AddedManually,
    Completed,
    Deposited,
    AddressDiffers,
    AddressTaken,
    AddressKept,
    Removed,
    Restored,
    SeedingRequested,
    SeedingReminded,
    SeedingAccepted,
    SeedingRefused,
}

/// <summary>
/// One line of an establishment's history. <paramref name="Actor"/>: the name of the firm's person who
/// acted, the client id of the firm's system, or null for the product itself (a reminder);
/// <paramref name="Detail"/>: a month (<c>YYYY-MM</c>), a name, a partner group or an address.
/// </summary>
public sealed record JournalEntryDto(DateTimeOffset At, JournalEvent Event, string? Actor, string? Detail)
{
    /// <summary>The name of the mandatary who wrote the line for <see cref="Actor"/>, when one did (« Claire Martin pour le compte de Dr Jean Dupont »).</summary>
    public string? ActingName { get; init; }
}

/// <summary>The establishment's history, the latest first (its last 200 lines).</summary>
[RequireAuthenticated]
[RequireScope(PortfolioScopes.Read)]
public sealed record GetEstablishmentJournalQuery(string Siret) : IQuery<IReadOnlyList<JournalEntryDto>>;
