using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.Vault.Application.Collections;

namespace Modular.Vault.Infrastructure.Jobs;

/// <summary>Sends the automatic reminders of collecting requests whose deadline is 2 days away (see <see cref="CollectionReminders"/>).</summary>
internal sealed partial class CollectionReminderWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<CollectionReminderWorker> logger) : PollingWorker(time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    protected override TimeSpan PollInterval => Interval;

    protected override Task<int> RunRoundAsync(CancellationToken cancellationToken) => RemindAsync(cancellationToken);

    protected override void OnRoundFailed(Exception exception) => LogRemindersFailed(logger, exception);

    /// <summary>One pass; returns how many reminders it sent (a full batch is followed by another pass).</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CollectionReminders>().SendDueAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Collecting reminders failed; they run again at the next interval")]
    private static partial void LogRemindersFailed(ILogger logger, Exception exception);
}
