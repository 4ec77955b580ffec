using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Domain.Establishments;

/// <summary>
/// An establishment's SIRET: the enterprise's SIREN (9 digits) and the establishment's NIC (5), 14
/// digits in all. Valid when the 14 digits pass the Luhn key, or, for La Poste (SIREN 356000000)
/// only, when their digit sum is a multiple of 5 (an alternative its establishments need, not a
/// replacement); the SIREN must pass the Luhn key too. Typed with spaces or dots, it is normalised;
/// a letter is refused.
/// </summary>
internal sealed record Siret
{
    public const string LaPosteSiren = "356000000";

    private Siret(string value) => Value = value;

    /// <summary>The 14 digits.</summary>
    public string Value { get; }

    public string Siren => Value[..9];

    public string Nic => Value[9..];

    public static Result<Siret> Parse(string? text)
    {
        var compact = Normalise(text);
        if (compact.Length == 0)
        {
            return PortfolioErrors.SiretMissing;
        }

        if (compact.Any(c => !char.IsAsciiDigit(c)))
        {
            return PortfolioErrors.SiretCharacters;
        }

        if (compact.Length != 14)
        {
            return PortfolioErrors.SiretLength;
        }

        return IsValid(compact) ? new Siret(compact) : PortfolioErrors.SiretKey;
    }

    /// <summary>The SIRET of a SIREN and a NIC read from a DSN (digits already).</summary>
    public static Siret? Of(string siren, string nic)
    {
        var value = siren + nic;
        return value.Length == 14 && value.All(char.IsAsciiDigit) && IsValid(value) ? new Siret(value) : null;
    }

    /// <summary>The rule on 14 digits: the SIREN by Luhn, and the whole by Luhn or, for La Poste, by its digit sum.</summary>
    public static bool IsValid(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length != 14 || !digits.All(char.IsAsciiDigit) || !Luhn.IsValid(digits.AsSpan(0, 9)))
        {
            return false;
        }

        return Luhn.IsValid(digits) || (digits.StartsWith(LaPosteSiren, StringComparison.Ordinal) && digits.Sum(c => c - '0') % 5 == 0);
    }

    /// <summary>Without the spaces (also non-breaking) and dots people type between the groups.</summary>
    public static string Normalise(string? text) =>
        new([.. (text ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '\u00A0' and not '\u202F')]);

    /// <summary>« 123 456 789 00012 », as people read it.</summary>
    public string Display => $"{Value[..3]} {Value[3..6]} {Value[6..9]} {Value[9..]}";

    public override string ToString() => Value;
}
