using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Domain.Companies;

/// <summary>
/// A third party's postal address that receives a paper copy of each new document (a fiduciary, a
/// broker): a name, a street, a postal code and a locality, and a country when it is not Switzerland.
/// </summary>
internal sealed record CopyPostalAddress(string Name, string Street, string PostalCode, string City, string? Country)
{
    public const string Switzerland = "Suisse";

    /// <summary>
    /// The address as typed, trimmed: every part is needed; a Swiss postal code is 4 digits, a
    /// foreign one 2 to 10 letters, digits, spaces or hyphens.
    /// </summary>
    public static Result<CopyPostalAddress> Read(string? name, string? street, string? postalCode, string? city, string? country)
    {
        var (n, s, p, c) = (name?.Trim() ?? "", street?.Trim() ?? "", postalCode?.Trim() ?? "", city?.Trim() ?? "");
        var land = string.IsNullOrWhiteSpace(country) || IsSwitzerland(country) ? null : country.Trim();
        var postalCodeValid = land is null
            ? p.Length == 4 && p.All(char.IsAsciiDigit)
            : p.Length is >= 2 and <= 10 && p.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is ' ' or '-');
        if (n.Length is 0 or > ClientCompany.NameMaxLength || s.Length is 0 or > 200 || !postalCodeValid || c.Length is 0 or > 100 || land?.Length > 60)
        {
            return PortalErrors.CopyPostalInvalid;
        }

        return new CopyPostalAddress(n, s, p, c, land);
    }

    private static bool IsSwitzerland(string country) =>
        country.Trim().ToUpperInvariant() is "SUISSE" or "SWITZERLAND" or "CH" or "SCHWEIZ" or "SVIZZERA";
}
