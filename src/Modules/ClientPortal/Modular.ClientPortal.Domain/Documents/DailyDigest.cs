namespace Modular.ClientPortal.Domain.Documents;

/// <summary>
/// When the portal's emails go out (« résumé quotidien »): once a day, at the digest hour of the
/// product's time zone (<c>Modular:Portal:DigestHour</c> in <c>Modular:TimeZone</c>). The digest of
/// day D lists what was published in [D-1 at the hour, D at the hour): the windows of consecutive
/// days abut, so each publication belongs to exactly one digest whenever the worker happens to run.
/// </summary>
internal static class DailyDigest
{
    public const int DefaultHour = 7;

    /// <summary>
    /// How many digest days a pass looks back at: a Host down at the digest hour sends the missed
    /// days when it is back, up to this many; a pass that finds none of them sent sends only the last
    /// (the first run does not mail out the documents of the days before it).
    /// </summary>
    public const int CatchUpDays = 7;

    /// <summary>
    /// How long after its window ends a digest waits: a publication takes its time when it starts, and
    /// its upload may be committed a little later; it must be in the store when its digest is read.
    /// </summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(15);

    /// <summary>Day <paramref name="day"/> at <paramref name="hour"/> in <paramref name="zone"/>, as an instant.</summary>
    public static DateTimeOffset MomentOf(DateOnly day, TimeZoneInfo zone, int hour)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        if (zone.IsInvalidTime(local))
        {
            // An hour the clocks skip (spring forward): the moment they jump to.
            local = local.AddHours(1);
        }

        // An hour that happens twice (fall back): its first occurrence, the larger offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The last day whose digest is due at <paramref name="now"/>: its hour and the grace after it have passed.</summary>
    public static DateOnly LatestDue(DateTimeOffset now, TimeZoneInfo zone, int hour)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        while (MomentOf(day, zone, hour) + Grace > now)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>The digest moment of the last due day: expiry reminders are counted from it, so that one pass a day finds them all.</summary>
    public static DateTimeOffset LatestMoment(DateTimeOffset now, TimeZoneInfo zone, int hour) => MomentOf(LatestDue(now, zone, hour), zone, hour);

    /// <summary>What the digest of <paramref name="day"/> lists: the documents published from <c>From</c> (included) to <c>To</c> (excluded).</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(DateOnly day, TimeZoneInfo zone, int hour) =>
        (MomentOf(day.AddDays(-1), zone, hour), MomentOf(day, zone, hour));

    /// <summary>The days a pass may still have to send, oldest first, ending with <paramref name="latest"/>.</summary>
    public static IReadOnlyList<DateOnly> Candidates(DateOnly latest) =>
        [.. Enumerable.Range(0, CatchUpDays).Select(i => latest.AddDays(i - CatchUpDays + 1))];

    /// <summary>
    /// The days to send now, oldest first: those after the last one already sent among the
    /// <see cref="Candidates"/>; only <paramref name="latest"/> when none of them was (a first run,
    /// or a Host down longer than the catch-up).
    /// </summary>
    public static IReadOnlyList<DateOnly> DaysToSend(DateOnly latest, IReadOnlyCollection<DateOnly> alreadySent)
    {
        ArgumentNullException.ThrowIfNull(alreadySent);
        var candidates = Candidates(latest);
        var sent = candidates.Where(alreadySent.Contains).ToList();
        return sent.Count == 0 ? [latest] : [.. candidates.Where(d => d > sent.Max())];
    }
}
