using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.Vault.Application.Documents;

namespace Modular.Vault.Infrastructure.Jobs;

/// <summary>
/// Sweeps the blob store for orphans at start (what a crash left) and then at every interval. Its
/// clock is the file system's, not the product's: the blobs' ages are files' times.
/// </summary>
internal sealed partial class OrphanBlobWorker(IServiceScopeFactory scopes, IOptions<VaultOptions> options, ILogger<OrphanBlobWorker> logger)
    : PollingWorker(TimeProvider.System)
{
    protected override TimeSpan PollInterval => options.Value.OrphanSweepInterval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var swept = await scope.ServiceProvider.GetRequiredService<OrphanBlobSweeper>().SweepAsync(Time.GetUtcNow(), cancellationToken);
        if (swept.Blobs + swept.PartialWrites > 0)
        {
            LogSwept(logger, swept.Blobs, swept.PartialWrites);
        }

        // One sweep a round: the next waits for the interval.
        return 0;
    }

    protected override void OnRoundFailed(Exception exception) => LogSweepFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Blobs} blobs no document or link held and {PartialWrites} partial writes")]
    private static partial void LogSwept(ILogger logger, int blobs, int partialWrites);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sweep of orphan blobs failed; it runs again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
