namespace Modular.Notifications.Infrastructure.Channels;

/// <summary>What a channel says of one attempt: delivered, or failed for now, or failed for good.</summary>
internal sealed record DeliveryOutcome(bool Delivered, bool Permanent, string? Error)
{
    public static readonly DeliveryOutcome Success = new(true, false, null);

    public static DeliveryOutcome Retry(string error) => new(false, false, error);

    public static DeliveryOutcome GiveUp(string error) => new(false, true, error);
}

internal sealed record OutgoingMessage(Guid Id, string To, string? ToName, string Subject, string HtmlBody, string TextBody, IReadOnlyList<OutgoingEnclosure>? Enclosures = null);

/// <summary>A file to attach, by its id in the module's store.</summary>
internal sealed record OutgoingEnclosure(string FileName, string ContentType, string BlobId);

/// <summary>Sends a batch of emails, reusing one connection; one outcome per message, in order.</summary>
internal interface IEmailChannel
{
    Task<IReadOnlyList<DeliveryOutcome>> SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken);
}

internal interface ISmsChannel
{
    Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
