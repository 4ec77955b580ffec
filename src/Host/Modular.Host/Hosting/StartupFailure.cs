using Modular.SharedKernel.Infrastructure.Modules;

namespace Modular.Host.Hosting;

/// <summary>One log line that says why the Host will not start, and the exit code 1; no stack trace.</summary>
internal static partial class StartupFailure
{
    public static int Report(StartupException exception, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (logger is null)
        {
            using var factory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
            LogRefused(factory.CreateLogger("Modular.Host"), exception.Message);
        }
        else
        {
            LogRefused(logger, exception.Message);
        }

        return 1;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Modular cannot start: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
