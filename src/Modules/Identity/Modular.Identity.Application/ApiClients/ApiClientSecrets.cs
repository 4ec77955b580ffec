using System.Security.Cryptography;

namespace Modular.Identity.Application.ApiClients;

internal static class ApiClientSecrets
{
    /// <summary>256 random bits, URL-safe: shown once, stored hashed by the OpenID Connect server.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
