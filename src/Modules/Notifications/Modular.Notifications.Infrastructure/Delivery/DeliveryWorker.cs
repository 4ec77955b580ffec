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
/// </summary>
internal sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes,
    IOptions<NotificationsOptions> options,
    TimeProvider time,
    ILogger<DeliveryWorker> logger) : PollingWorker(time)
{
    protected override TimeSpan PollInterval => options.Value.PollInterval;

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
        var leaseEnd = now + options.Value.ClaimLease;
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
        var emails = messages.Where(m => m.Channel == DeliveryChannel.Email).ToList();
        var outcomes = new Dictionary<Guid, DeliveryOutcome>();
        if (emails.Count > 0)
        {
            var results = await scope.ServiceProvider.GetRequiredService<IEmailChannel>().SendAsync([.. emails.Select(Outgoing)], cancellationToken);
            for (var i = 0; i < emails.Count; i++)
            {
                outcomes[emails[i].Id] = results[i];
            }
        }

        var sms = scope.ServiceProvider.GetRequiredService<ISmsChannel>();
        foreach (var message in messages.Where(m => m.Channel == DeliveryChannel.Sms))
        {
            outcomes[message.Id] = await sms.SendAsync(Outgoing(message), cancellationToken);
        }

        // A letter is delivered when it is in the print queue: rendered and costed, it is.
        foreach (var message in messages.Where(m => m.Channel == DeliveryChannel.Postal))
        {
            outcomes[message.Id] = DeliveryOutcome.Success;
        }

        var done = Time.GetUtcNow();
        foreach (var message in messages)
        {
            var outcome = outcomes[message.Id];
            if (outcome.Delivered)
            {
                message.MarkDelivered(done);
                context.Enqueue(new MessageDeliveredIntegrationEvent(Guid.CreateVersion7(), done, message.Id, (Channel)message.Channel, message.SendingModule, message.AggregateId));
            }
            else if (message.RecordFailure(outcome.Error ?? "?", outcome.Permanent, done, options.Value.MaxAttempts, options.Value.RetryBaseDelay))
            {
                LogGivenUp(logger, message.Id, message.Channel.ToString(), message.Attempts, outcome.Error);
                context.Enqueue(new MessageFailedIntegrationEvent(Guid.CreateVersion7(), done, message.Id, (Channel)message.Channel, message.SendingModule, message.AggregateId, message.LastError!));
            }
            else
            {
                LogRetrying(logger, message.Id, message.Channel.ToString(), message.Attempts, message.NextAttemptAt, outcome.Error);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return messages.Count;
    }

    private static OutgoingMessage Outgoing(Message m) => new(m.Id, m.RecipientAddress, m.RecipientName, m.Subject, m.HtmlBody, m.TextBody);

    [LoggerMessage(Level = LogLevel.Error, Message = "A delivery round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} ({Channel}) given up after {Attempts} attempts: {Error}")]
    private static partial void LogGivenUp(ILogger logger, Guid messageId, string channel, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} ({Channel}) attempt {Attempts} failed, next at {NextAttempt}: {Error}")]
    private static partial void LogRetrying(ILogger logger, Guid messageId, string channel, int attempts, DateTimeOffset nextAttempt, string? error);
}
