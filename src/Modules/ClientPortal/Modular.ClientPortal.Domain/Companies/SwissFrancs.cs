using System.Globalization;

namespace Modular.ClientPortal.Domain.Companies;

/// <summary>
/// An amount in Swiss francs as people type it: « 250 000 », « 250'000 », « 250000.50 »,
/// « 250 000,50 », « CHF 1'000 »; kept in centimes. Not an amount (letters, three decimals,
/// negative or zero) gives null.
/// </summary>
internal static class SwissFrancs
{
    public const long MaxCentimes = 100_000_000_000_00;

    public static long? ParseCentimes(string? text)
    {
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '\'' and not '’' and not '\u202F' and not '\u00A0').ToArray());
        if (compact.StartsWith("CHF", StringComparison.OrdinalIgnoreCase))
        {
            compact = compact[3..];
        }
        else if (compact.EndsWith("CHF", StringComparison.OrdinalIgnoreCase))
        {
            compact = compact[..^3];
        }

        compact = compact.Replace(',', '.');
        if (compact.Length == 0 || compact.Count(c => c == '.') > 1 || !compact.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return null;
        }

        var point = compact.IndexOf('.', StringComparison.Ordinal);
        if (point == 0 || (point > 0 && compact.Length - point - 1 is 0 or > 2) || compact.Length > 16)
        {
            return null;
        }

        var amount = decimal.Parse(compact, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var centimes = (long)(amount * 100m);
        return centimes is > 0 and <= MaxCentimes ? centimes : null;
    }

    public static decimal ToFrancs(long centimes) => centimes / 100m;
}
