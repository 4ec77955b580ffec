using System.Security.Cryptography;

namespace Modular.Identity.Domain.Accounts;

/// <summary>
/// A short code that a person gives to someone who wants to grant them access ("code personnel
/// d'identification"): 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S,
/// 2/Z), shown as two groups of four. It identifies, it does not authenticate.
/// </summary>
internal readonly record struct PersonalIdentificationCode
{
    public const string Alphabet = "346789ABCDEFGHJKMNPQRTUVWXY";
    public const int Length = 8;

    private PersonalIdentificationCode(string value) => Value = value;

    /// <summary>The 8 characters, without separator.</summary>
    public string Value { get; }

    public static PersonalIdentificationCode Generate() =>
        new(RandomNumberGenerator.GetString(Alphabet, Length));

    /// <summary>Accepts lower case, spaces and dashes; null when it cannot be a code.</summary>
    public static PersonalIdentificationCode? TryParse(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var cleaned = new string([.. input.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
        return cleaned.Length == Length && cleaned.All(Alphabet.Contains) ? new PersonalIdentificationCode(cleaned) : null;
    }

    public override string ToString() => Value is null ? "" : $"{Value[..4]}-{Value[4..]}";
}
