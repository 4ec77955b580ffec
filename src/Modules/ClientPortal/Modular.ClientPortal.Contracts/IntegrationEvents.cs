using Modular.SharedKernel.Messaging;

namespace Modular.ClientPortal.Contracts;

// Facts the portal saves in its outbox; its own consumers send the emails they call for (ADR 0023).

/// <summary>
/// The daily digest of <paramref name="Day"/> is due: each active client user of a company with
/// documents published from <paramref name="From"/> (included) to <paramref name="To"/> (excluded) is
/// emailed their list. Its id is derived from the day, so that a day is queued once (ADR 0035).
/// </summary>
public sealed record PortalDigestDueIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    DateOnly Day,
    DateTimeOffset From,
    DateTimeOffset To) : IntegrationEvent(EventId, OccurredAt);

/// <summary>
/// These documents of a company entered the window of a reminder (<paramref name="DaysBefore"/>: 30
/// or 7 days before they are deleted), claimed once each: its users who have not downloaded them are
/// emailed.
/// </summary>
public sealed record PortalExpiryReminderIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CompanyId,
    int DaysBefore,
    IReadOnlyList<Guid> DocumentIds) : IntegrationEvent(EventId, OccurredAt);
