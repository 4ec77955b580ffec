using Modular.Portfolio.Domain.Establishments;

namespace Modular.Portfolio.Domain.Filings;

/// <summary>Where a month's DSN of an establishment stands.</summary>
internal enum FilingState
{
    /// <summary>Not deposited, not yet due.</summary>
    Awaited,

    /// <summary>Deposited by its due moment.</summary>
    OnTime,

    /// <summary>Deposited after its due moment.</summary>
    Late,

    /// <summary>Not deposited, and past its due moment.</summary>
    Overdue,

    /// <summary>The establishment's due day is not known yet: deposited or not, nothing is said of the delay.</summary>
    Unknown,
}

/// <summary>
/// When a month's DSN is due: the 5th or the 15th of the following month, at noon, in the
/// product's time zone (<c>Modular:TimeZone</c>, Paris for French declarations).
/// </summary>
internal static class FilingDue
{
    public static readonly TimeOnly Noon = new(12, 0);

    /// <summary>The due moment of <paramref name="month"/>'s declaration (any day of the month names it).</summary>
    public static DateTimeOffset Of(DateOnly month, DueDay day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var following = new DateOnly(month.Year, month.Month, 1).AddMonths(1);
        var local = new DateOnly(following.Year, following.Month, (int)day).ToDateTime(Noon);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>
    /// Whether the schedule of <paramref name="month"/> expects the establishment's DSN: it filed one
    /// for the month, or it was in the portfolio before that DSN was due (before the month ended,
    /// when its due day is not known). An establishment taken on later is not the firm's to file for
    /// that month, and is not shown as overdue for it.
    /// </summary>
    public static bool Expects(Establishment establishment, DateOnly month, DateTimeOffset? due, bool filed, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        ArgumentNullException.ThrowIfNull(zone);
        if (filed)
        {
            return true;
        }

        var monthEnd = new DateOnly(month.Year, month.Month, 1).AddMonths(1).ToDateTime(TimeOnly.MinValue);
        return establishment.AddedAt < (due ?? new DateTimeOffset(monthEnd, zone.GetUtcOffset(monthEnd)));
    }

    public static FilingState StateOf(DateTimeOffset? depositedAt, DateTimeOffset? due, DateTimeOffset now) => (depositedAt, due) switch
    {
        ({ } at, { } by) => at <= by ? FilingState.OnTime : FilingState.Late,
        ({ }, null) => FilingState.Unknown,
        (null, { } by) => now > by ? FilingState.Overdue : FilingState.Awaited,
        (null, null) => FilingState.Unknown,
    };
}
