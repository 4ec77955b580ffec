using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.Imports;
using Modular.Sharing.Infrastructure.Persistence;

namespace Modular.Sharing.Infrastructure.Jobs;

/// <summary>
/// Forgets what is no longer needed: snapshots of keys that can no longer be used (expired,
/// revoked; used keys drop theirs when redeemed), restore points past their 30 days, and failed
/// import attempts older than the throttling window.
/// </summary>
internal sealed partial class SharingPurgeWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<SharingPurgeWorker> logger) : PollingWorker(time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override TimeSpan PollInterval => Interval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        // One pass purges everything due: wait for the next interval rather than loop.
        await PurgeAsync(cancellationToken);
        return 0;
    }

    protected override void OnRoundFailed(Exception exception) => LogPurgeFailed(logger, exception);

    /// <summary>One purge pass; returns how many rows it changed or removed.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<SharingDbContext>();
        var now = Time.GetUtcNow();
        var snapshots = await context.ShareKeys
            .Where(k => k.Snapshot != null && (k.RevokedAt != null || k.UsedAt != null || k.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.Snapshot, (CaseFileContent?)null), cancellationToken);
        var restorePoints = await context.RestorePoints.Where(p => p.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var failures = await context.ImportFailures.Where(f => f.At <= now - ImportThrottle.Window).ExecuteDeleteAsync(cancellationToken);
        if (snapshots + restorePoints > 0)
        {
            LogPurged(logger, snapshots, restorePoints);
        }

        return snapshots + restorePoints + failures;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Snapshots} share key snapshot(s) and {RestorePoints} restore point(s)")]
    private static partial void LogPurged(ILogger logger, int snapshots, int restorePoints);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sharing purge failed; it runs again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
