using System.Globalization;

namespace Modular.SharedKernel.Text;

/// <summary>
/// A day written out as people write it: « 1er décembre 2026 », « 2 décembre 2026 » in French (the
/// first of the month is an ordinal), "1 December 2026" in English.
/// </summary>
public static class LongDate
{
    public static string Format(DateTime value, CultureInfo culture, string timeSuffix = "")
    {
        ArgumentNullException.ThrowIfNull(culture);
        var day = value.Day == 1 && culture.TwoLetterISOLanguageName == "fr" ? "d'er'" : "d";
        return value.ToString($"{day} MMMM yyyy{timeSuffix}", culture);
    }

    public static string Format(DateOnly value, CultureInfo culture) => Format(value.ToDateTime(TimeOnly.MinValue), culture);
}
