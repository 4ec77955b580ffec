using System.Security.Cryptography;

namespace Modular.Host.Hosting;

/// <summary>The per-response nonce that lets our own inline scripts and styles past the Content-Security-Policy.</summary>
internal sealed class CspNonce
{
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
