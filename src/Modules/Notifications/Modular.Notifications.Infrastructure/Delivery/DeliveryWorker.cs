using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;
using Modular.Notifications.Infrastructure.Channels;
using Modular.Notifications.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.Notifications.Infrastructure.Delivery;

/// <summary>
/// Delivers stored messages. Each due message is first claimed by one conditional update (so two
/// workers never send the same message), then sent through its channel, then marked delivered or
/// failed with back-off, with its integration event in the same save. A claim whose worker died
/// expires after <see cref="NotificationsOptions.ClaimLease"/> and the message is tried again.
/// The lease end a worker writes is its claim's token: right before each group of sends the
/// worker renews its claims on that token, and sends only the messages it still holds, so a worker
/// slowed past its lease never sends a message another worker has claimed since.
/// </summary>
internal sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes,
    IOptions<NotificationsOptions> options,
    TimeProvider time,
    NotificationsMetrics metrics,
    ILogger<DeliveryWorker> logger) : PollingWorker(time)
{
    protected override TimeSpan PollInterval => options.Value.PollInterval;

    /// <summary>
    /// <see cref="NotificationsOptions.Workers"/> loops side by side, each with its own rounds and SMTP
    /// connection: while one waits for the server, another claims, composes or saves.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.DeliveryLoops).Select(_ => Task.Run(() => base.ExecuteAsync(stoppingToken), stoppingToken)));

    protected override Task<int> RunRoundAsync(CancellationToken cancellationToken) => DeliverDueAsync(cancellationToken);

    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(logger, exception);

    /// <summary>Tries one batch of due messages; returns how many were tried.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = Time.GetUtcNow();
        var candidates = await context.Messages
            .Where(m => (m.Status == DeliveryStatus.Pending || m.Status == DeliveryStatus.Sending) && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        var claimed = new List<Guid>();
        var leaseEnd = Token(now + options.Value.ClaimLease);
        foreach (var id in candidates)
        {
            // One conditional update per message: exactly one worker wins it.
            var won = await context.Messages
                .Where(m => m.Id == id && (m.Status == DeliveryStatus.Pending || m.Status == DeliveryStatus.Sending) && m.NextAttemptAt <= now)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.Status, DeliveryStatus.Sending).SetProperty(x => x.NextAttemptAt, leaseEnd), cancellationToken);
            if (won == 1)
            {
                claimed.Add(id);
            }
        }

        if (claimed.Count == 0)
        {
            return 0;
        }

        var messages = await context.Messages.Where(m => claimed.Contains(m.Id)).ToListAsync(cancellationToken);
        var tokens = messages.ToDictionary(m => m.Id, _ => leaseEnd);
        var tried = 0;

        // Each group's outcomes are saved as soon as it is sent: a process killed later sends none of
        // them again (only the group under way when it stopped, once its lease has run out).
        var email = scope.ServiceProvider.GetRequiredService<IEmailChannel>();
        foreach (var group in messages.Where(m => m.Channel == DeliveryChannel.Email).Chunk(SendGroupSize))
        {
            var held = await RenewAsync(context, group, tokens, cancellationToken);
            if (held.Count == 0)
            {
                continue;
            }

            var results = await email.SendAsync([.. held.Select(Outgoing)], cancellationToken);
            tried += await RecordAsync(context, held.Zip(results).ToList(), cancellationToken);
        }

        var sms = scope.ServiceProvider.GetRequiredService<ISmsChannel>();
        foreach (var message in messages.Where(m => m.Channel == DeliveryChannel.Sms))
        {
            if ((await RenewAsync(context, [message], tokens, cancellationToken)).Count == 1)
            {
                tried += await RecordAsync(context, [(message, await sms.SendAsync(Outgoing(message), cancellationToken))], cancellationToken);
            }
        }

        // A letter is delivered when it is in the print queue: rendered and costed, it is.
        tried += await RecordAsync(context, [.. messages.Where(m => m.Channel == DeliveryChannel.Postal).Select(m => (m, DeliveryOutcome.Success))], cancellationToken);

        // Messages another worker has claimed since are theirs: nothing of them was recorded here.
        return tried;
    }

    /// <summary>Records what sending each message gave (delivered, to retry, or given up) and saves it.</summary>
    private async Task<int> RecordAsync(NotificationsDbContext context, IReadOnlyList<(Message Message, DeliveryOutcome Outcome)> sent, CancellationToken cancellationToken)
    {
        if (sent.Count == 0)
        {
            return 0;
        }

        var done = Time.GetUtcNow();
        foreach (var (message, outcome) in sent)
        {
            if (outcome.Delivered)
            {
                message.MarkDelivered(done);
                metrics.Tried(message.Channel, "delivered");
                context.Enqueue(new MessageDeliveredIntegrationEvent(Guid.CreateVersion7(), done, message.Id, (Channel)message.Channel, message.SendingModule, message.AggregateId));
            }
            else if (message.RecordFailure(outcome.Error ?? "?", outcome.Permanent, done, options.Value.MaxAttempts, options.Value.RetryBaseDelay))
            {
                LogGivenUp(logger, message.Id, message.Channel.ToString(), message.Attempts, outcome.Error);
                metrics.Tried(message.Channel, "failed");
                context.Enqueue(new MessageFailedIntegrationEvent(Guid.CreateVersion7(), done, message.Id, (Channel)message.Channel, message.SendingModule, message.AggregateId, message.LastError!));
            }
            else
            {
                LogRetrying(logger, message.Id, message.Channel.ToString(), message.Attempts, message.NextAttemptAt, outcome.Error);
                metrics.Tried(message.Channel, "retry");
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return sent.Count;
    }

    /// <summary>Messages sent over one connection between two renewals of their claims.</summary>
    private const int SendGroupSize = 10;

    /// <summary>
    /// Renews the claims of <paramref name="group"/> that this worker still holds (their lease end
    /// is the token it wrote) and returns those messages; a message claimed by another worker since
    /// is left to it.
    /// </summary>
    private async Task<List<Message>> RenewAsync(NotificationsDbContext context, IEnumerable<Message> group, Dictionary<Guid, DateTimeOffset> tokens, CancellationToken cancellationToken)
    {
        var held = new List<Message>();
        var renewed = Token(Time.GetUtcNow() + options.Value.ClaimLease);
        foreach (var message in group)
        {
            var token = tokens[message.Id];
            var kept = await context.Messages
                .Where(m => m.Id == message.Id && m.Status == DeliveryStatus.Sending && m.NextAttemptAt == token)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptAt, renewed), cancellationToken);
            if (kept == 1)
            {
                tokens[message.Id] = renewed;
                held.Add(message);
            }
            else
            {
                LogClaimLost(logger, message.Id);
            }
        }

        return held;
    }

    /// <summary>A lease end as the database keeps it (whole milliseconds), so that it compares equal when read back.</summary>
    private static DateTimeOffset Token(DateTimeOffset at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerMillisecond), at.Offset);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId}: its claim ran out and another worker took it; not sent by this one")]
    private static partial void LogClaimLost(ILogger logger, Guid messageId);

    private static OutgoingMessage Outgoing(Message m) =>
        new(m.Id, m.RecipientAddress, m.RecipientName, m.Subject, m.HtmlBody, m.TextBody, [.. m.Enclosures.OrderBy(e => e.Position).Select(e => new OutgoingEnclosure(e.FileName, e.ContentType, e.BlobId))]);

    [LoggerMessage(Level = LogLevel.Error, Message = "A delivery round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} ({Channel}) given up after {Attempts} attempts: {Error}")]
    private static partial void LogGivenUp(ILogger logger, Guid messageId, string channel, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} ({Channel}) attempt {Attempts} failed, next at {NextAttempt}: {Error}")]
    private static partial void LogRetrying(ILogger logger, Guid messageId, string channel, int attempts, DateTimeOffset nextAttempt, string? error);
}
