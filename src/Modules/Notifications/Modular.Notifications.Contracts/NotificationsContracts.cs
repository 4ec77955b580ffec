using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Notifications.Contracts;

/// <summary>How a message travels.</summary>
public enum Channel
{
    Email,
    Sms,
    Postal,
}

public enum MessageStatus
{
    /// <summary>Stored, waiting for the delivery worker (first try or a retry after a failure).</summary>
    Pending,

    /// <summary>Taken by a worker right now.</summary>
    Sending,

    /// <summary>Handed to the SMTP server or SMS gateway, or put in the print queue.</summary>
    Delivered,

    /// <summary>Given up after the last attempt; the reason is kept.</summary>
    Failed,
}

/// <summary>A postal address as printed on a letter.</summary>
public sealed record PostalAddressDto(string Name, string Line1, string? Line2, string PostalCode, string City, string Country = "France");

/// <summary>Who receives the message; the channel says which field is used.</summary>
public sealed record RecipientDto(string? Name, string? Email = null, string? Mobile = null, PostalAddressDto? Address = null);

/// <summary>
/// A file to send with a message (an email's attachment, a letter's enclosure). It is opened only
/// when the message is stored, and copied then: the sender may delete its own file afterwards.
/// </summary>
public sealed record EnclosureDto(string FileName, string ContentType, Func<CancellationToken, Task<Stream>> OpenAsync);

/// <summary>
/// Sends a message built from a template: stored first, delivered by the background worker.
/// The idempotency key makes a retried send return the first message instead of a second one.
/// Enclosures go with emails and letters, not with SMS; their total size is limited
/// (<c>Modular:Notifications:MaxEnclosureBytes</c>).
/// </summary>
public sealed record SendMessageCommand(
    string TemplateKey,
    string Culture,
    Channel Channel,
    RecipientDto Recipient,
    IReadOnlyDictionary<string, string> Model,
    string SendingModule,
    string? AggregateId,
    Guid? OrganisationId,
    string IdempotencyKey,
    IReadOnlyList<EnclosureDto>? Enclosures = null) : ICommand<Guid>;

public sealed record MessageStatusDto(Guid MessageId, Channel Channel, MessageStatus Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt);

public sealed record GetMessageStatusQuery(Guid MessageId) : IQuery<MessageStatusDto>;

/// <summary>
/// What one posted letter costs, VAT included, in euros (<c>Modular:Notifications:LetterCostEuros</c>),
/// for the pages that offer to send one.
/// </summary>
[RequireAuthenticated]
public sealed record GetLetterCostQuery : IQuery<decimal>;

/// <summary>A message reached its channel (SMTP server, SMS gateway, print queue).</summary>
public sealed record MessageDeliveredIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid MessageId, Channel Channel, string SendingModule, string? AggregateId)
    : IntegrationEvent(EventId, OccurredAt);

/// <summary>A message was given up after its last attempt.</summary>
public sealed record MessageFailedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, Guid MessageId, Channel Channel, string SendingModule, string? AggregateId, string Reason)
    : IntegrationEvent(EventId, OccurredAt);
