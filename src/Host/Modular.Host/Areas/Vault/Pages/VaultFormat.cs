using System.Globalization;
using Modular.Host.Pages;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages;

/// <summary>How the vault pages show sizes (octets, Ko, Mo, Go in the reader's culture) and dates (in the product's time zone).</summary>
public static partial class VaultFormat
{
    public static string Date(DateTimeOffset value) => PageTime.Moment(value);

    public static string Size(long bytes, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        const double Kilo = 1024;
        return bytes switch
        {
            < 1024 => localizer.Count("Vault.Size.Bytes", (int)bytes),
            < 1024 * 1024 => localizer["Vault.Size.Kilo", Round(bytes / Kilo)],
            < 1024L * 1024 * 1024 => localizer["Vault.Size.Mega", Round(bytes / (Kilo * Kilo))],
            _ => localizer["Vault.Size.Giga", Round(bytes / (Kilo * Kilo * Kilo))],
        };
    }

    /// <summary>
    /// A person's postal address on one line, as a letter's block reads top to bottom: the street
    /// (and its second line), then postcode and city together, « 5 place du Marché, 69002 Lyon »;
    /// the country only when it is not France. Null when the person has none.
    /// </summary>
    public static string? PostalAddress(PersonDto person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.AddressLine1 is null)
        {
            return null;
        }

        string?[] parts = [person.AddressLine1, person.AddressLine2, $"{person.PostalCode} {person.City}".Trim(), IsFrance(person.Country) ? null : person.Country];
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static bool IsFrance(string? country) => string.IsNullOrWhiteSpace(country) || string.Equals(country.Trim(), "France", StringComparison.OrdinalIgnoreCase);

    /// <summary>The accept attribute of a file input: ".pdf,.png,…".</summary>
    public static string Accept(IEnumerable<string> extensions) => string.Join(',', extensions.Select(e => "." + e));

    private static string Round(double value) => value.ToString(value < 10 ? "0.#" : "0", CultureInfo.CurrentCulture);

    /// <summary>
    /// A journal line's detail in the reader's language: its kind's sentence (or the variant the
    /// values name) with the values put in; an access level is named in the reader's language too,
    /// and a count written <c>{links:Vault.Count.LinksRevoked}</c> is that counted phrase, in its
    /// singular or plural (« 1 lien révoqué »). Lines written before details were data keep their French text.
    /// </summary>
    public static string JournalDetail(JournalEntryDto entry, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(localizer);
        if (entry.Text is { } text)
        {
            return text;
        }

        var values = entry.Values;
        var key = $"Vault.JournalDetail.{entry.Kind}" + (values.TryGetValue(VariantKey, out var variant) ? "." + variant : "");
        var sentence = localizer[key];
        return sentence.ResourceNotFound
            ? string.Join(", ", values.Where(v => v.Key != VariantKey).Select(v => v.Value))
            : Placeholder().Replace(sentence.Value, match => (match.Groups[1].Value, match.Groups[2].Value) switch
            {
                ("level", "") when values.TryGetValue("level", out var level) => localizer[$"Vault.Access.{level}"],
                (var name, { Length: > 0 } counted) when int.TryParse(values.GetValueOrDefault(name), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                    => localizer.Count(counted, count),
                (var name, _) => values.GetValueOrDefault(name, ""),
            });
    }

    private const string VariantKey = "variant";

    [GeneratedRegex(@"\{([a-z]+)(?::([A-Za-z.]+))?\}")]
    private static partial Regex Placeholder();
}
