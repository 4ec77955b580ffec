using System.Globalization;

namespace Modular.SharedKernel.Results;

/// <summary>
/// A size in bytes as an error's argument: each language writes it in its own unit names ("Ko",
/// "KB"), and a limit below one megabyte is not "0 MB".
/// </summary>
public readonly record struct ByteCount(long Bytes) : IFormattable
{
    public override string ToString() => ToString(null, CultureInfo.CurrentCulture);

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var culture = formatProvider as CultureInfo ?? CultureInfo.CurrentCulture;
        var french = culture.TwoLetterISOLanguageName == "fr";
        return Bytes switch
        {
            < 1024 => string.Create(culture, $"{Bytes} {(french ? "octets" : "bytes")}"),
            < 1024 * 1024 => string.Create(culture, $"{Bytes / 1024.0:0.#} {(french ? "Ko" : "KB")}"),
            _ => string.Create(culture, $"{Bytes / (1024.0 * 1024):0.#} {(french ? "Mo" : "MB")}"),
        };
    }
}
