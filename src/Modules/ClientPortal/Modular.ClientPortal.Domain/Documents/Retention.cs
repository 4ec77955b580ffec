namespace Modular.ClientPortal.Domain.Documents;

/// <summary>
/// How long a published document stays on the portal (<c>Modular:Portal:RetentionDays</c>, about a
/// year), and the reminders before it goes: 30 and 7 days before, to those who have not downloaded it.
/// </summary>
internal static class Retention
{
    public const int DefaultDays = 365;

    public static readonly IReadOnlyList<int> ReminderDays = [30, 7];

    public static DateTimeOffset ExpiresAt(DateTimeOffset publishedAt, int retentionDays) => publishedAt.AddDays(retentionDays);

    /// <summary>
    /// Whole days left before deletion, counted up: a document deleted in 2 hours has 1 day left
    /// (« disponible encore 1 jour »), one already past its end 0.
    /// </summary>
    public static int DaysLeft(DateTimeOffset expiresAt, DateTimeOffset now) =>
        expiresAt <= now ? 0 : (int)Math.Ceiling((expiresAt - now).TotalDays);

    /// <summary>The reminder due at <paramref name="now"/> (30 or 7 days before), or null when none is.</summary>
    public static int? ReminderDue(DateTimeOffset expiresAt, DateTimeOffset now, int? lastReminder)
    {
        var left = DaysLeft(expiresAt, now);
        foreach (var days in ReminderDays.OrderBy(d => d))
        {
            if (left > 0 && left <= days && (lastReminder is null || lastReminder > days))
            {
                return days;
            }
        }

        return null;
    }
}
