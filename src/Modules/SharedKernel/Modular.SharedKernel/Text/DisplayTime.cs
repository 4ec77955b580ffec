using System.Globalization;

namespace Modular.SharedKernel.Text;

/// <summary>
/// Dates and times as people read them in messages: in the product's time zone
/// (<c>Modular:TimeZone</c>, Europe/Paris by default) and in the reader's language, never "UTC".
/// </summary>
public sealed class DisplayTime(TimeZoneInfo zone)
{
    private static readonly CultureInfo FrenchFormat = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo EnglishFormat = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The zone every time is shown in, on pages as in messages.</summary>
    public TimeZoneInfo Zone => zone;

    /// <summary>
    /// « 1er décembre 2026 à 10:30 (heure de Paris) » or "1 December 2026 at 10:30 (Paris time)": a
    /// moment in a message, saying whose clock it is (the reader may live on another).
    /// </summary>
    public string DateAndTime(DateTimeOffset at, string language)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return Languages.Of(language) == Languages.English
            ? WithZone(LongDate.Format(local.DateTime, EnglishFormat, " 'at' HH:mm"), language)
            : WithZone(LongDate.Format(local.DateTime, FrenchFormat, " 'à' HH:mm"), language);
    }

    /// <summary>« 10:30 (heure de Paris) » or "10:30 (Paris time)": a time of day, saying whose clock it is.</summary>
    public string TimeWithZone(DateTimeOffset at, string language) =>
        WithZone(TimeZoneInfo.ConvertTime(at, zone).ToString("HH:mm", CultureInfo.InvariantCulture), language);

    /// <summary>The zone's city, as people name it: "Paris", "New York".</summary>
    private string City => zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');

    private string WithZone(string time, string language) =>
        Languages.Of(language) == Languages.English ? $"{time} ({City} time)" : $"{time} (heure de {City})";

    /// <summary>« 1er décembre 2026 » or "1 December 2026".</summary>
    public string Date(DateTimeOffset at, string language) => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime), language);

    public string Date(DateOnly date, string language) =>
        LongDate.Format(date, Languages.Of(language) == Languages.English ? EnglishFormat : FrenchFormat);
}
