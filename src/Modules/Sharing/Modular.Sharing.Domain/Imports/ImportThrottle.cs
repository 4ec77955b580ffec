using Modular.SharedKernel.Domain;

namespace Modular.Sharing.Domain.Imports;

/// <summary>
/// How many wrong keys a person or an address may try ("throttling"): more than
/// <see cref="Limit"/> unknown or malformed keys within <see cref="Window"/> and imports are refused
/// until enough of them are older than the window. Refused attempts count too, so hammering only
/// pushes the wait further out.
/// </summary>
internal static class ImportThrottle
{
    public const int Limit = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    private static readonly FailureWindow Rule = new(Limit, Window);

    /// <summary>How long to wait, given the failures within the window (any order); null when an attempt is allowed.</summary>
    public static TimeSpan? RetryAfter(IReadOnlyCollection<DateTimeOffset> recentFailures, DateTimeOffset now) => Rule.RetryAfter(recentFailures, now);
}

/// <summary>A failed import attempt, counted for the person and for the address it came from.</summary>
internal sealed class ImportFailure
{
    public ImportFailure(Guid userId, string? remoteAddress, DateTimeOffset at, string reason)
    {
        UserId = userId;
        RemoteAddress = remoteAddress;
        At = at;
        Reason = reason;
    }

    public long Id { get; private set; }

    public Guid UserId { get; private set; }

    public string? RemoteAddress { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Reason { get; private set; }
}
