using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Modular.Host.Areas.Vault.Pages;

/// <summary>How the vault pages show sizes (octets, Ko, Mo, Go in the reader's culture) and dates (UTC).</summary>
public static class VaultFormat
{
    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("g", CultureInfo.CurrentCulture);

    public static string Size(long bytes, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        const double Kilo = 1024;
        return bytes switch
        {
            < 1024 => localizer["Vault.Size.Bytes", bytes],
            < 1024 * 1024 => localizer["Vault.Size.Kilo", Round(bytes / Kilo)],
            < 1024L * 1024 * 1024 => localizer["Vault.Size.Mega", Round(bytes / (Kilo * Kilo))],
            _ => localizer["Vault.Size.Giga", Round(bytes / (Kilo * Kilo * Kilo))],
        };
    }

    /// <summary>The accept attribute of a file input: ".pdf,.png,…".</summary>
    public static string Accept(IEnumerable<string> extensions) => string.Join(',', extensions.Select(e => "." + e));

    private static string Round(double value) => value.ToString(value < 10 ? "0.#" : "0", CultureInfo.CurrentCulture);
}
