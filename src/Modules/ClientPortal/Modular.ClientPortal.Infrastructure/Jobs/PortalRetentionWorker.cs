using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.ClientPortal.Application.Expiry;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.ClientPortal.Infrastructure.Jobs;

/// <summary>
/// Deletes the documents whose retention is over, every hour (readers stop seeing a document at its
/// end already; the purge then removes its bytes, row and search entry).
/// </summary>
internal sealed partial class PortalRetentionWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<PortalRetentionWorker> logger) : PollingWorker(time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override TimeSpan PollInterval => Interval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        // One pass purges everything due: wait for the next interval rather than loop.
        await PurgeAsync(cancellationToken);
        return 0;
    }

    protected override void OnRoundFailed(Exception exception) => LogPurgeFailed(logger, exception);

    /// <summary>One pass; returns how many documents it deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var purged = await scope.ServiceProvider.GetRequiredService<ExpiredDocumentPurge>().RunAsync(cancellationToken);
        if (purged > 0)
        {
            LogPurged(logger, purged);
        }

        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Client portal: {Count} documents deleted at the end of their retention")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Client portal purge failed; it runs again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
