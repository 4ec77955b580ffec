using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.Vault.Application.Documents;
using Modular.Vault.Domain.Links;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Jobs;

/// <summary>
/// Forgets failed code attempts once they are older than the throttling window, and deletes the
/// blobs still queued for purging (left by a crash between a deletion's commit and its purge, or a
/// blob the store failed to delete then).
/// </summary>
internal sealed partial class VaultPurgeWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<VaultPurgeWorker> logger) : PollingWorker(time)
{
    public static readonly TimeSpan Interval = CodeThrottle.Window;

    protected override TimeSpan PollInterval => Interval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        // One pass purges everything due: wait for the next interval rather than loop.
        await PurgeAsync(cancellationToken);
        return 0;
    }

    protected override void OnRoundFailed(Exception exception) => LogPurgeFailed(logger, exception);

    /// <summary>One purge pass; returns how many rows it removed.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<VaultDbContext>();
        var cutoff = Time.GetUtcNow() - CodeThrottle.Window;
        var purged = await context.CodeFailures.Where(f => f.At <= cutoff).ExecuteDeleteAsync(cancellationToken);
        var blobs = scope.ServiceProvider.GetRequiredService<BlobPurger>();
        int settled;
        while ((settled = await blobs.PurgeAsync(null, cancellationToken)) > 0)
        {
            purged += settled;
        }

        return purged;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Vault purge failed; it runs again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
