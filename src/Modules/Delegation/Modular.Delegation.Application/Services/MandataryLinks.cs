using System.Security.Cryptography;
using System.Text;

namespace Modular.Delegation.Application.Services;

/// <summary>
/// The secret of a mandatary link: 256 random bits, URL-safe. Only its SHA-256 is stored, so the
/// store alone opens no request.
/// </summary>
internal static class MandataryLinks
{
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether a string can be a link's secret at all (43 URL-safe characters), before any lookup.</summary>
    public static bool IsWellFormed(string? secret) =>
        secret is { Length: 43 } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
