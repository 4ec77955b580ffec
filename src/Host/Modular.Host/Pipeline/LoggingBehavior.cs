using System.Diagnostics;
using MediatR;
using Modular.Host.Hosting;
using Modular.SharedKernel.Results;

namespace Modular.Host.Pipeline;

/// <summary>
/// Logs every request with its outcome and elapsed time, and records both in
/// <see cref="RequestMetrics"/>; outermost, so it times the whole pipeline.
/// </summary>
internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger, RequestMetrics metrics)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (response is Result { IsFailure: true, Error.Kind: ErrorKind.Damaged } damaged)
            {
                // The operator must learn which stored object is damaged: the error's own text names it.
                LogDamaged(logger, typeof(TRequest).Name, damaged.Error.Code, damaged.Error.Message);
                metrics.Record(typeof(TRequest).Name, damaged.Error.Code, elapsed);
            }
            else if (response is Result { IsFailure: true } failed)
            {
                LogFailed(logger, typeof(TRequest).Name, failed.Error.Code, elapsed.TotalMilliseconds);
                metrics.Record(typeof(TRequest).Name, failed.Error.Code, elapsed);
            }
            else
            {
                LogHandled(logger, typeof(TRequest).Name, elapsed.TotalMilliseconds);
                metrics.Record(typeof(TRequest).Name, "success", elapsed);
            }

            return response;
        }
        catch (Exception ex)
        {
            LogThrew(logger, typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex);
            metrics.Record(typeof(TRequest).Name, "exception", Stopwatch.GetElapsedTime(started));
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} refused with {ErrorCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string request, string errorCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Request} refused with {ErrorCode}: {Detail}")]
    private static partial void LogDamaged(ILogger logger, string request, string errorCode, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Request} threw after {ElapsedMs:0.0} ms")]
    private static partial void LogThrew(ILogger logger, string request, double elapsedMs, Exception exception);
}
