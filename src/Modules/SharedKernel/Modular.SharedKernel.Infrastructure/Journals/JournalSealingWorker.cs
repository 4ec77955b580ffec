using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Journals;

namespace Modular.SharedKernel.Infrastructure.Journals;

/// <summary>Seals the lines every chained journal wrote since the last round, a few seconds after they are written.</summary>
public sealed partial class JournalSealingWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<JournalSealingWorker> logger) : PollingWorker(time)
{
    protected override TimeSpan PollInterval => TimeSpan.FromSeconds(2);

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var sealedLines = 0;
        await using var scope = scopes.CreateAsyncScope();
        foreach (var journal in scope.ServiceProvider.GetServices<IJournalChain>())
        {
            sealedLines += await journal.SealAsync(cancellationToken);
        }

        return sealedLines;
    }

    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sealing the journals failed; the next round tries again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
