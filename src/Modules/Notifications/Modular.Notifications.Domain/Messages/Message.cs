using Modular.SharedKernel.Domain;

namespace Modular.Notifications.Domain.Messages;

internal enum DeliveryChannel
{
    Email,
    Sms,
    Postal,
}

internal enum DeliveryStatus
{
    Pending,
    Sending,
    Delivered,
    Failed,
}

/// <summary>
/// A message, rendered and stored before any delivery is tried: what was sent is what is kept.
/// The delivery worker takes it, tries its channel, and records the outcome; failures are retried
/// with exponential back-off until the last attempt, then kept with their reason.
/// </summary>
internal sealed class Message : AggregateRoot<Guid>
{
    public const int MaxErrorLength = 2000;

    private readonly List<Enclosure> _enclosures = [];

    private Message(Guid id)
        : base(id)
    {
    }

    public string IdempotencyKey { get; private set; } = "";

    public string TemplateKey { get; private set; } = "";

    public string Culture { get; private set; } = "";

    public DeliveryChannel Channel { get; private set; }

    public string? RecipientName { get; private set; }

    /// <summary>The address the channel uses: an email address, an E.164 number, or the postal block.</summary>
    public string RecipientAddress { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public string SendingModule { get; private set; } = "";

    public string? AggregateId { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Postal letters only: what the letter costs, in cents.</summary>
    public long? CostCents { get; private set; }

    /// <summary>Postal letters only: when the back office marked it as posted.</summary>
    public DateTimeOffset? PostedAt { get; private set; }

    /// <summary>Files attached to the email, or put in the envelope with the letter, in order.</summary>
    public IReadOnlyList<Enclosure> Enclosures => _enclosures;

    public static Message Create(
        string idempotencyKey,
        string templateKey,
        string culture,
        DeliveryChannel channel,
        string? recipientName,
        string recipientAddress,
        RenderedContent content,
        string sendingModule,
        string? aggregateId,
        Guid? organisationId,
        Money? cost,
        DateTimeOffset now,
        IEnumerable<Enclosure>? enclosures = null)
    {
        var message = new Message(Guid.CreateVersion7(now))
        {
            IdempotencyKey = idempotencyKey,
            TemplateKey = templateKey,
            Culture = culture,
            Channel = channel,
            RecipientName = recipientName,
            RecipientAddress = recipientAddress,
            Subject = content.Subject,
            HtmlBody = content.HtmlBody,
            TextBody = content.TextBody,
            SendingModule = sendingModule,
            AggregateId = aggregateId,
            OrganisationId = organisationId,
            CostCents = cost?.MinorUnits,
            Status = DeliveryStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        message._enclosures.AddRange(enclosures ?? []);
        return message;
    }

    /// <summary>
    /// A message whose template could not be rendered with its values (an error, a time limit):
    /// given up at once, since every retry would fail the same way, and kept with the reason for the
    /// delivery log. It has no content, so it cannot be sent again.
    /// </summary>
    public static Message NotRendered(
        string idempotencyKey,
        string templateKey,
        string culture,
        DeliveryChannel channel,
        string? recipientName,
        string recipientAddress,
        string error,
        string sendingModule,
        string? aggregateId,
        Guid? organisationId,
        DateTimeOffset now)
    {
        var message = Create(idempotencyKey, templateKey, culture, channel, recipientName, recipientAddress, new RenderedContent("", "", ""), sendingModule, aggregateId, organisationId, null, now);
        message.Status = DeliveryStatus.Failed;
        message.LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        return message;
    }

    /// <summary>False for a message given up before any attempt because its template could not be rendered.</summary>
    public bool WasRendered => Status != DeliveryStatus.Failed || Attempts > 0;

    /// <summary>A copy to send again, under a new idempotency key.</summary>
    public Message Resend(string idempotencyKey, DateTimeOffset now) => Create(
        idempotencyKey,
        TemplateKey,
        Culture,
        Channel,
        RecipientName,
        RecipientAddress,
        new RenderedContent(Subject, HtmlBody, TextBody),
        SendingModule,
        AggregateId,
        OrganisationId,
        CostCents is { } cents ? new Money(cents, "EUR") : null,
        now,
        _enclosures.Select(e => new Enclosure(e.Position, e.FileName, e.ContentType, e.BlobId, e.Length)));

    public void MarkDelivered(DateTimeOffset now)
    {
        Status = DeliveryStatus.Delivered;
        DeliveredAt = now;
        Attempts++;
        LastError = null;
    }

    /// <summary>Records a failed attempt; true when it was the last one and the message is given up.</summary>
    public bool RecordFailure(string error, bool permanent, DateTimeOffset now, int maxAttempts, TimeSpan baseDelay)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        if (permanent || Attempts >= maxAttempts)
        {
            Status = DeliveryStatus.Failed;
            return true;
        }

        Status = DeliveryStatus.Pending;
        NextAttemptAt = now + Backoff(Attempts, baseDelay);
        return false;
    }

    public bool MarkPosted(DateTimeOffset now)
    {
        if (Channel != DeliveryChannel.Postal || PostedAt is not null)
        {
            return false;
        }

        PostedAt = now;
        return true;
    }

    /// <summary>The base delay doubled at each attempt (2 s, 4 s, 8 s … by default), capped at one hour.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan baseDelay) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, (long)(baseDelay.Ticks * Math.Pow(2, Math.Clamp(attempts, 1, 20) - 1))));
}

/// <summary>A template rendered for one recipient.</summary>
internal sealed record RenderedContent(string Subject, string HtmlBody, string TextBody);
