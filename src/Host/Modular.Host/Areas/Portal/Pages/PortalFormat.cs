using System.Globalization;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;
using Modular.SharedKernel.Text;

namespace Modular.Host.Areas.Portal.Pages;

/// <summary>How the portal's pages name lines and types, and show francs and dates in the reader's language.</summary>
public static class PortalFormat
{
    /// <summary>IJM, LAA, LAAC: the same in both languages.</summary>
    public static string Line(InsuranceLine line) => line.ToString().ToUpperInvariant();

    public static string Type(PortalDocumentType type, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[$"Portal.Type.{type}"];
    }

    /// <summary>« 250 000,00 CHF » in French, "CHF 250,000.00" in English.</summary>
    public static string Francs(decimal amount)
    {
        var culture = CultureInfo.CurrentUICulture;
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = "CHF";
        if (Languages.Of(culture.Name) == Languages.English)
        {
            format.CurrencyPositivePattern = 2; // CHF 1.00
        }
        else
        {
            format.CurrencyPositivePattern = 3; // 1,00 CHF
        }

        return amount.ToString("C", format);
    }

    /// <summary>A postal address on one line, « Fiduciaire Rochat, Rue du Lac 4, 1003 Lausanne », its country when it is not Switzerland; null for none.</summary>
    public static string? OneLine(PortalPostalAddressDto? address) =>
        address is null ? null : string.Join(", ", new[] { address.Name, address.Street, $"{address.PostalCode} {address.City}".Trim(), address.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public static string Date(DateOnly date) => LongDate.Format(date, CultureInfo.CurrentCulture);

    public static string Moment(DateTimeOffset at) => PageTime.Day(at);
}
