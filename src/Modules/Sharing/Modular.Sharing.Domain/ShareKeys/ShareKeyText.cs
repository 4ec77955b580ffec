using System.Security.Cryptography;
using System.Text;
using Modular.SharedKernel.Results;

namespace Modular.Sharing.Domain.ShareKeys;

/// <summary>
/// A share key as people copy it into an email ("clé de partage"): 27 random characters (135 bits)
/// of Crockford's base 32, which has no I, L, O or U, and one check character, shown in seven
/// groups of four: <c>7KQ4-M2XD-…</c>. The check character (Luhn mod 32) catches every single-character
/// typo and every swap of two neighbours but 0 and Z (Luhn's one blind spot), so a mistyped key is reported as such before any lookup.
/// Only its SHA-256 hash is stored.
/// </summary>
internal sealed record ShareKeyText
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int RandomLength = 27;
    public const int Length = RandomLength + 1;
    public const int GroupSize = 4;

    private ShareKeyText(string canonical) => Canonical = canonical;

    /// <summary>The 28 characters without separators, upper case.</summary>
    public string Canonical { get; }

    /// <summary>As shown and copied: groups of four joined by dashes.</summary>
    public string Display => string.Join('-', Enumerable.Range(0, Length / GroupSize).Select(g => Canonical.Substring(g * GroupSize, GroupSize)));

    public byte[] Hash() => SHA256.HashData(Encoding.ASCII.GetBytes(Canonical));

    public static ShareKeyText Generate()
    {
        var chars = new char[RandomLength];
        for (var i = 0; i < RandomLength; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var body = new string(chars);
        return new ShareKeyText(body + CheckCharacter(body));
    }

    /// <summary>
    /// Reads a pasted key: case, spaces, line breaks and dashes (typographic ones too) do not matter,
    /// and O, I and L are read as 0, 1 and 1. Anything else gets a message saying what is wrong.
    /// </summary>
    public static Result<ShareKeyText> Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return SharingErrors.KeyMissing;
        }

        var canonical = new StringBuilder(Length);
        foreach (var raw in input)
        {
            if (char.IsWhiteSpace(raw) || raw is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u200B' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return SharingErrors.KeyCharacters;
            }

            canonical.Append(c);
        }

        if (canonical.Length != Length)
        {
            return SharingErrors.KeyLength(Length, canonical.Length);
        }

        var text = canonical.ToString();
        if (CheckCharacter(text[..RandomLength]) != text[RandomLength])
        {
            return SharingErrors.KeyTypo;
        }

        return new ShareKeyText(text);
    }

    /// <summary>Luhn mod N over the base-32 digits.</summary>
    internal static char CheckCharacter(string body)
    {
        const int n = 32;
        var factor = 2;
        var sum = 0;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(body[i], StringComparison.Ordinal);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / n) + (addend % n);
        }

        return Alphabet[(n - (sum % n)) % n];
    }

    public override string ToString() => Display;
}
