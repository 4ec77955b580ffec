using System.Buffers.Text;
using System.Security.Cryptography;

namespace Modular.Vault.Application.Links;

/// <summary>Link and session tokens: 256 random bits in base64url, kept only as SHA-256.</summary>
internal static class LinkTokens
{
    private const int Bytes = 32;

    public static (string Token, byte[] Hash) New()
    {
        var bytes = RandomNumberGenerator.GetBytes(Bytes);
        return (Base64Url.EncodeToString(bytes), SHA256.HashData(bytes));
    }

    /// <summary>The hash of a token as received, or null when it cannot be one of ours.</summary>
    /// <remarks>
    /// The decoder throws on a character outside base64url (its Try form only reports a short
    /// destination), so the text is checked first: a link with one mangled character is unknown, not an error.
    /// </remarks>
    public static byte[]? HashOf(string? token)
    {
        var trimmed = token?.Trim();
        if (trimmed is null || trimmed.Length != Base64Url.GetEncodedLength(Bytes) || !Base64Url.IsValid(trimmed, out var length) || length != Bytes)
        {
            return null;
        }

        return SHA256.HashData(Base64Url.DecodeFromChars(trimmed));
    }
}
