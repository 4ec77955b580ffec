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

    /// <summary>How long to wait, given the address's failures within the window (any order); null when an attempt is allowed.</summary>
    public static TimeSpan? RetryAfter(IReadOnlyCollection<DateTimeOffset> recentFailures, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recentFailures);
        var inWindow = recentFailures.Where(at => at > now - Window).Order().ToList();
        if (inWindow.Count < Limit)
        {
            return null;
        }

        // Allowed again once only Limit - 1 failures remain within the window.
        var mustExpire = inWindow[inWindow.Count - Limit];
        var wait = mustExpire + Window - now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
    }
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
