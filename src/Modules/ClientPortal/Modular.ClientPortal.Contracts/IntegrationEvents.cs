using Modular.SharedKernel.Messaging;

namespace Modular.ClientPortal.Contracts;

// Facts the portal saves in its outbox; its own consumers send the emails they call for (ADR 0023).

/// <summary>An access request was kept for an advisor: the requester is told it was received.</summary>
public sealed record AccessRequestReceivedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, Guid InsurerId, string CompanyName, string Email, string Language) : IntegrationEvent(EventId, OccurredAt);

/// <summary>An advisor refused an access request: the requester is told why.</summary>
public sealed record AccessRequestRefusedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid RequestId, Guid InsurerId, string CompanyName, string Email, string Language, string Reason) : IntegrationEvent(EventId, OccurredAt);

/// <summary>
/// A person was invited to a company's portal: the email carries the single-use link, whose token
/// travels protected (<see cref="ProtectedToken"/>) and is never stored in clear.
/// </summary>
public sealed record PortalInvitationIssuedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid InvitationId, Guid InsurerId, Guid CompanyId, string CompanyName, string Email, string DisplayName, string Language, string ProtectedToken, DateTimeOffset ExpiresAt) : IntegrationEvent(EventId, OccurredAt);

/// <summary>
/// The daily digest of <paramref name="Day"/> is due: each active client user of a company with
/// documents published from <paramref name="From"/> (included) to <paramref name="To"/> (excluded) is
/// emailed their list. Its id is derived from the day, so that a day is queued once (ADR 0036).
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

/// <summary>
/// A document was published to a company that gets paper, or whose documents are copied to a third
/// party: the delivery as it was set at that moment. <paramref name="ByPost"/>: a letter to the
/// company with the PDF enclosed; <paramref name="CopyEmail"/>: an email with the PDF attached;
/// <paramref name="CopyAddress"/>: a letter to the third party with the PDF enclosed.
/// </summary>
public sealed record PortalDocumentPublishedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DocumentId,
    Guid CompanyId,
    Guid InsurerId,
    bool ByPost,
    string? CopyEmail,
    PortalPostalAddressDto? CopyAddress) : IntegrationEvent(EventId, OccurredAt);
