using System.Globalization;
using System.Security.Cryptography;
using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain.Links;

/// <summary>
/// The 6-digit code that protects a download link or an invitation ("code à 6 chiffres"). It travels
/// by another channel than the link; it is stored only as an HMAC.
/// </summary>
internal sealed record SixDigitCode
{
    private SixDigitCode(string value) => Value = value;

    public string Value { get; }

    public static SixDigitCode Generate() => new(RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture));

    /// <summary>Reads a typed code: spaces are ignored ("123 456"); anything but exactly six digits is refused.</summary>
    public static Result<SixDigitCode> Parse(string? input)
    {
        var digits = new string([.. (input ?? "").Where(c => !char.IsWhiteSpace(c))]);
        if (digits.Length == 0)
        {
            return VaultErrors.CodeMissing;
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            return VaultErrors.CodeNotDigits;
        }

        return digits.Length != 6
            ? VaultErrors.CodeLength(digits.Length)
            : new SixDigitCode(digits);
    }

    public override string ToString() => Value;
}
