using Microsoft.Extensions.Hosting;

namespace Modular.SharedKernel.Infrastructure.Messaging;

/// <summary>
/// A background worker that drains its work in rounds, then waits: a round that did something is
/// followed at once by another; a failed round is reported and retried after the pause.
/// </summary>
public abstract class PollingWorker(TimeProvider time) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    /// <summary>How long to wait once there is nothing left to do.</summary>
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>Does one round; returns how many items it handled.</summary>
    protected abstract Task<int> RunRoundAsync(CancellationToken cancellationToken);

    protected abstract void OnRoundFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunRoundAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                OnRoundFailed(ex);
            }

            try
            {
                await Task.Delay(PollInterval, Time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
