using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Portfolio.Application.Seeding;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.Portfolio.Infrastructure.Jobs;

/// <summary>Reminds partner groups of « demandes d'amorçage » left 10 days without an answer (see <see cref="SeedingReminders"/>).</summary>
internal sealed partial class SeedingReminderWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<SeedingReminderWorker> logger) : PollingWorker(time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override TimeSpan PollInterval => Interval;

    protected override Task<int> RunRoundAsync(CancellationToken cancellationToken) => RemindAsync(cancellationToken);

    protected override void OnRoundFailed(Exception exception) => LogRemindersFailed(logger, exception);

    /// <summary>One pass; returns how many reminders it queued (a full batch is followed by another pass).</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeedingReminders>().SendDueAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Portfolio: the seeding reminders failed; they run again at the next interval")]
    private static partial void LogRemindersFailed(ILogger logger, Exception exception);
}
