using Modular.SharedKernel.Messaging;

namespace Modular.Delegation.Contracts;

/// <summary>
/// The mandator signed their part: the mandatary is sent the link to the « section Utilisateur »
/// (encrypted here: the outbox never holds it in clear), valid until <paramref name="ExpiresAt"/>.
/// </summary>
public sealed record MandataryLinkIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid OrganisationId,
    string LinkEmail,
    string MandataryName,
    string MandatorName,
    string ServiceFrench,
    string ServiceEnglish,
    string Language,
    string ProtectedLink,
    DateTimeOffset ExpiresAt)
    : IntegrationEvent(EventId, OccurredAt);

/// <summary>What a notice to both parties of a mandate is about.</summary>
public enum MandateNoticeKind
{
    /// <summary>The request was approved: the mandate is in force until its end.</summary>
    Approved,

    /// <summary>The request was refused, with the back office's reason.</summary>
    Refused,

    /// <summary>The mandate was revoked before its end.</summary>
    Revoked,

    /// <summary>The mandator renewed the mandate: it now ends later.</summary>
    Renewed,
}

/// <summary>A notice emailed to both parties of a mandate request (each at the address they gave).</summary>
public sealed record MandateNoticeIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RequestId,
    Guid OrganisationId,
    MandateNoticeKind Kind,
    string Language,
    string MandatorName,
    string MandatorEmail,
    string MandataryName,
    string MandataryEmail,
    string ServiceFrench,
    string ServiceEnglish,
    DateOnly EndsOn,
    string? Reason)
    : IntegrationEvent(EventId, OccurredAt);
