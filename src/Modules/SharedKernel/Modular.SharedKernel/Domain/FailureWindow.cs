namespace Modular.SharedKernel.Domain;

/// <summary>
/// A throttling rule on failed attempts: once <see cref="Limit"/> failures fall within
/// <see cref="Window"/>, attempts wait until enough of them are older than the window. Callers
/// count refused attempts as failures too, so hammering only pushes the wait further out.
/// </summary>
public sealed record FailureWindow(int Limit, TimeSpan Window)
{
    /// <summary>How long to wait, given the failures within the window (any order); null when an attempt is allowed.</summary>
    public TimeSpan? RetryAfter(IReadOnlyCollection<DateTimeOffset> recentFailures, DateTimeOffset now)
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
