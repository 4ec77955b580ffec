namespace Modular.Portfolio.Domain.Establishments;

/// <summary>An enterprise's SIREN: 9 digits passing the Luhn key.</summary>
internal static class Siren
{
    public static bool IsValid(string? digits) => digits is { Length: 9 } && digits.All(char.IsAsciiDigit) && Luhn.IsValid(digits);
}
