using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Messaging;

namespace Modular.SharedKernel.Infrastructure.Outbox;

/// <summary>How every module's outbox is published: <c>Modular:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Modular:Outbox";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 50;

    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a claimed message is left to the Host that claimed it before another may take it (that Host having died).</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>
/// Publishes a module's committed outbox messages over MediatR, at least once, in order of
/// occurrence. A failing message is retried with exponential back-off, then left with its error.
/// Every Host runs one: each message is first claimed by one conditional update (its next attempt
/// moved to the end of a lease), so two Hosts never publish it at once; a claim whose Host died
/// expires with its lease.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics,
    ILogger<OutboxDispatcher<TContext>> logger) : PollingWorker(time)
    where TContext : DbContext
{
    private static readonly ConcurrentDictionary<string, Type?> Types = new();
    private static readonly MethodInfo PublishMethod = typeof(IMediator).GetMethods()
        .Single(m => m.Name == nameof(IMediator.Publish) && m.IsGenericMethodDefinition);

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override Task<int> RunRoundAsync(CancellationToken cancellationToken) => DispatchBatchAsync(cancellationToken);

    protected override void OnRoundFailed(Exception exception) => LogBatchFailed(logger, typeof(TContext).Name, exception);

    /// <summary>Publishes one batch of due messages; returns how many were published.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var now = Time.GetUtcNow();
        var maxAttempts = options.Value.MaxAttempts;

        var due = await context.Set<OutboxMessage>()
            .Where(m => m.ProcessedAt == null && m.Attempts < maxAttempts && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.OccurredAt)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        var published = 0;
        var leaseEnd = now + options.Value.ClaimLease;
        foreach (var message in due)
        {
            var claimed = await context.Set<OutboxMessage>()
                .Where(m => m.Id == message.Id && m.ProcessedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, leaseEnd), cancellationToken);
            if (claimed != 1)
            {
                // Another Host took it between the read and the claim.
                context.Entry(message).State = EntityState.Detached;
                continue;
            }

            // What the claim stored, so that the outcome below is saved as a change from it.
            context.Entry(message).Property(m => m.NextAttemptAt).OriginalValue = leaseEnd;
            message.NextAttemptAt = leaseEnd;

            try
            {
                var type = Types.GetOrAdd(message.Type, static name => Type.GetType(name, throwOnError: false))
                    ?? throw new InvalidOperationException($"Unknown integration event type '{message.Type}'.");
                var integrationEvent = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, OutboxModel.EventJson)!;
                await ((Task)PublishMethod.MakeGenericMethod(type).Invoke(mediator, [integrationEvent, cancellationToken])!).ConfigureAwait(false);
                message.ProcessedAt = Time.GetUtcNow();
                message.NextAttemptAt = null;
                message.LastError = null;
                published++;
                metrics.Tried(typeof(TContext), message.Attempts, maxAttempts, published: true);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var error = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
                message.Attempts++;
                message.LastError = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
                message.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, message.Attempts)));
                LogPublishFailed(logger, message.Id, message.Type, message.Attempts, error);
                metrics.Tried(typeof(TContext), message.Attempts, maxAttempts, published: false);
            }

            await context.SaveChangesAsync(cancellationToken);
        }

        return published;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox batch of {Context} failed")]
    private static partial void LogBatchFailed(ILogger logger, string context, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox message {MessageId} ({Type}) failed, attempt {Attempt}")]
    private static partial void LogPublishFailed(ILogger logger, Guid messageId, string type, int attempt, Exception exception);
}
