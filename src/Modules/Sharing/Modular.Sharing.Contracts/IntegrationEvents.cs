using Modular.SharedKernel.Messaging;

namespace Modular.Sharing.Contracts;

/// <summary>
/// A share key just issued is to be emailed to a colleague. The key travels encrypted with the
/// Host's data protection keys (<paramref name="ProtectedKey"/>), never in clear in the outbox.
/// </summary>
public sealed record ShareKeySentIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ShareKeyId,
    Guid OrganisationId,
    string RecipientEmail,
    string Language,
    string ClientName,
    string SenderName,
    string SenderEmail,
    DateTimeOffset ExpiresAt,
    string ProtectedKey) : IntegrationEvent(EventId, OccurredAt);
