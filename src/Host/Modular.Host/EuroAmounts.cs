using System.Globalization;
using Modular.SharedKernel.Text;

namespace Modular.Host;

/// <summary>
/// Amounts in euros as the reader's language writes them: « 1,82 € » in French, "€1.82" in
/// English (the English cultures' own currency is the pound: only the sign and its place are ours).
/// </summary>
public static class EuroAmounts
{
    /// <summary>In the current UI culture.</summary>
    public static string Format(decimal amount) => Format(amount, CultureInfo.CurrentUICulture);

    public static string Format(decimal amount, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        if (Languages.Of(culture.Name) == Languages.English)
        {
            format.CurrencyPositivePattern = 0; // €1.82
            format.CurrencyNegativePattern = 1; // -€1.82
        }

        return amount.ToString("C", format);
    }
}
