namespace Modular.SharedKernel.Storage;

/// <summary>Raised by <see cref="SizeLimitedStream"/> mid-copy: the only way to stop a store that reads a stream to its end.</summary>
public sealed class SizeLimitExceededException : Exception
{
    public SizeLimitExceededException()
        : base("The upload is larger than allowed.")
    {
    }

    public SizeLimitExceededException(string message)
        : base(message)
    {
    }

    public SizeLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
