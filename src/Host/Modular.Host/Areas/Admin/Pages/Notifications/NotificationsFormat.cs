using Modular.Host.Pages;

namespace Modular.Host.Areas.Admin.Pages.Notifications;

/// <summary>How the notification pages show dates (in the product's time zone and the reader's culture) and amounts (euros, in the reader's language).</summary>
public static class NotificationsFormat
{
    public static string Date(DateTimeOffset value) => PageTime.Moment(value);

    public static string Euros(decimal? value) => value is { } amount ? EuroAmounts.Format(amount) : "—";

    /// <summary>The month as people read it: « décembre 2026 ».</summary>
    public static string Month(int year, int month) => PageTime.Month(year, month);

    /// <summary>The month as machines read it (an attribute, a file name): 2026-12.</summary>
    public static string MonthKey(int year, int month) => $"{year:D4}-{month:D2}";
}
