using System.Globalization;

namespace Modular.Host.Areas.Admin.Pages.Notifications;

/// <summary>How the notification pages show dates (UTC, in the reader's culture) and amounts (euros, French style).</summary>
public static class NotificationsFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("g", CultureInfo.CurrentCulture);

    public static string Euros(decimal? value) => value is { } amount ? amount.ToString("C", French) : "—";

    public static string Month(int year, int month) => $"{year:D4}-{month:D2}";
}
