using System.Globalization;

namespace Modular.Host.Pages;

/// <summary>
/// How pages show times: in the product's time zone (<c>Modular:TimeZone</c>, Europe/Paris by
/// default), never the server's UTC, in the reader's culture. The zone is the Host's, set once at
/// start from <see cref="SharedKernel.Text.DisplayTime"/>; emails use the same.
/// </summary>
public static class PageTime
{
    private static TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static void Use(TimeZoneInfo zone) => _zone = zone ?? throw new ArgumentNullException(nameof(zone));

    /// <summary>« 01/12/2026 14:05 » (fr) or "01/12/2026 14:05" (en-GB).</summary>
    public static string Moment(DateTimeOffset at) => Local(at).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>« 1er décembre 2026 » or "1 December 2026".</summary>
    public static string Day(DateTimeOffset at) => SharedKernel.Text.LongDate.Format(Local(at), CultureInfo.CurrentCulture);

    /// <summary>« 1er décembre 2026 14:05 » or "1 December 2026 14:05".</summary>
    public static string DayAndTime(DateTimeOffset at) => SharedKernel.Text.LongDate.Format(Local(at), CultureInfo.CurrentCulture, " HH:mm");

    /// <summary>« 1er décembre 2026 14:05:09 » or "1 December 2026 14:05:09": to the second, as a receipt states it.</summary>
    public static string Exact(DateTimeOffset at) => SharedKernel.Text.LongDate.Format(Local(at), CultureInfo.CurrentCulture, " HH:mm:ss");

    /// <summary>« décembre 2026 » or "December 2026".</summary>
    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>Today in the product's time zone.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(Local(time.GetUtcNow()));
    }

    private static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone).DateTime;
}
