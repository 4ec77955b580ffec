using Modular.SharedKernel.Domain;

namespace Modular.Vault.Domain.Links;

/// <summary>
/// How many wrong guesses an address may make on link codes: more than <see cref="Limit"/> wrong
/// codes, malformed codes or unknown links within <see cref="Window"/> and every code from that
/// address is refused until enough of them are older than the window. Each link locks itself after
/// 5 wrong codes; this guards against one address scanning many links. Refused attempts count too,
/// so hammering only pushes the wait further out.
/// </summary>
internal static class CodeThrottle
{
    public const int Limit = 20;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private static readonly FailureWindow Rule = new(Limit, Window);

    /// <summary>How long to wait, given the failures within the window (any order); null when an attempt is allowed.</summary>
    public static TimeSpan? RetryAfter(IReadOnlyCollection<DateTimeOffset> recentFailures, DateTimeOffset now) => Rule.RetryAfter(recentFailures, now);
}

/// <summary>A failed attempt at a link's code, counted for the address it came from.</summary>
internal sealed class CodeFailure
{
    public const int MaxAddressLength = 64;

    public CodeFailure(string remoteAddress, DateTimeOffset at, string reason)
    {
        RemoteAddress = remoteAddress;
        At = at;
        Reason = reason;
    }

    public long Id { get; private set; }

    public string RemoteAddress { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Reason { get; private set; }
}
