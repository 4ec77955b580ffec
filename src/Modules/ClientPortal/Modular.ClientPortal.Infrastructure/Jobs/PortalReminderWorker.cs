using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.ClientPortal.Application.Expiry;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.ClientPortal.Infrastructure.Jobs;

/// <summary>
/// Queues the reminders of documents about to be deleted (see <see cref="ExpiryReminders"/>); it looks
/// every quarter of an hour, and finds new ones once a day, after the digest hour.
/// </summary>
internal sealed partial class PortalReminderWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<PortalReminderWorker> logger) : PollingWorker(time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override TimeSpan PollInterval => Interval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        // One pass claims everything due: wait for the next interval rather than loop.
        await RemindAsync(cancellationToken);
        return 0;
    }

    protected override void OnRoundFailed(Exception exception) => LogRemindersFailed(logger, exception);

    /// <summary>One pass; returns how many reminders (a company's documents entering one window) it queued.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<ExpiryReminders>().QueueDueAsync(cancellationToken);
        if (queued > 0)
        {
            LogQueued(logger, queued);
        }

        return queued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Client portal: {Count} expiry reminder(s) queued")]
    private static partial void LogQueued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Client portal expiry reminders failed; they run again at the next interval")]
    private static partial void LogRemindersFailed(ILogger logger, Exception exception);
}
