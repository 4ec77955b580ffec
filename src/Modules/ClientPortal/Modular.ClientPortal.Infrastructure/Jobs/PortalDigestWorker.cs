using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.ClientPortal.Application.Digests;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.ClientPortal.Infrastructure.Jobs;

/// <summary>
/// Queues the daily digest of new documents once its hour has come (see <see cref="DigestScheduler"/>);
/// it looks every quarter of an hour, so the digest leaves within about half an hour of
/// <c>Modular:Portal:DigestHour</c>, and a Host started later in the day sends it then.
/// </summary>
internal sealed partial class PortalDigestWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<PortalDigestWorker> logger) : PollingWorker(time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override TimeSpan PollInterval => Interval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        // One pass queues every due day: wait for the next interval rather than loop.
        await DigestAsync(cancellationToken);
        return 0;
    }

    protected override void OnRoundFailed(Exception exception) => LogDigestFailed(logger, exception);

    /// <summary>One pass; returns how many days' digests it queued (0 when the due ones already were).</summary>
    public async Task<int> DigestAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<DigestScheduler>().QueueDueAsync(cancellationToken);
        if (queued > 0)
        {
            LogQueued(logger, queued);
        }

        return queued;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Client portal: the digests of {Count} day(s) are queued")]
    private static partial void LogQueued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Client portal digest failed; it runs again at the next interval")]
    private static partial void LogDigestFailed(ILogger logger, Exception exception);
}
