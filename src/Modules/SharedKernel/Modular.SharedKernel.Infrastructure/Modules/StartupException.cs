namespace Modular.SharedKernel.Infrastructure.Modules;

/// <summary>
/// A configuration or environment problem that stops the Host from starting. Its message is
/// written as one log line, without a stack trace: it says what is wrong and where.
/// </summary>
public sealed class StartupException : Exception
{
    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StartupException()
    {
    }
}
