using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.Vault.Application.Ports;
using OpenIddict.Server;

namespace Modular.Vault.Infrastructure.Links;

/// <summary>
/// Download receipts signed with the OpenID Connect server's own signing credentials, read from its
/// options as it uses them: the preferred one signs (as it signs tokens), and every published one
/// (<c>/.well-known/jwks</c>) verifies, so a new certificate added beside the old keeps old receipts
/// good. Symmetric keys are never used: they are not published, so nobody could check offline.
/// </summary>
internal sealed class OpenIdConnectReceiptSigner(IOptionsMonitor<OpenIddictServerOptions> server) : IReceiptSigner
{
    public string Issuer => server.CurrentValue.Issuer?.AbsoluteUri
        ?? throw new InvalidOperationException("The OpenID Connect server has no issuer: receipts cannot name who signed them.");

    public (string Jws, string KeyId) Sign(string payloadJson, string type)
    {
        var credentials = Published().FirstOrDefault()
            ?? throw new InvalidOperationException("The OpenID Connect server has no asymmetric signing key: receipts cannot be signed.");
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var jws = handler.CreateToken(payloadJson, credentials, new Dictionary<string, object> { [JwtHeaderParameterNames.Typ] = type });
        return (jws, credentials.Key.KeyId);
    }

    public ReceiptSignature Verify(string jws)
    {
        ArgumentNullException.ThrowIfNull(jws);
        var parts = jws.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0)
            || Decode(parts[0]) is not { } headerBytes || Decode(parts[1]) is not { } payloadBytes || Decode(parts[2]) is not { } signature
            || Header(headerBytes) is not { } header)
        {
            return new ReceiptSignature(ReceiptSignatureOutcome.Malformed);
        }

        if (header.KeyId is null || Published().FirstOrDefault(c => c.Key.KeyId == header.KeyId) is not { } credentials)
        {
            return new ReceiptSignature(ReceiptSignatureOutcome.UnknownKey);
        }

        // Only the algorithm the key signs with: "none", or HS256 keyed with the public key, is no signature of ours.
        if (header.Algorithm != credentials.Algorithm || !SignatureMatches(credentials, header.Algorithm, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), signature))
        {
            return new ReceiptSignature(ReceiptSignatureOutcome.BadSignature);
        }

        string payload;
        try
        {
            payload = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(payloadBytes);
        }
        catch (DecoderFallbackException)
        {
            return new ReceiptSignature(ReceiptSignatureOutcome.Malformed);
        }

        return new ReceiptSignature(ReceiptSignatureOutcome.Valid, header.KeyId, header.Algorithm, header.Type, payload);
    }

    private IEnumerable<SigningCredentials> Published() =>
        server.CurrentValue.SigningCredentials.Where(c => c.Key is AsymmetricSecurityKey && !string.IsNullOrEmpty(c.Key.KeyId));

    private static bool SignatureMatches(SigningCredentials credentials, string algorithm, byte[] signed, byte[] signature)
    {
        var factory = credentials.Key.CryptoProviderFactory ?? CryptoProviderFactory.Default;
        var provider = factory.CreateForVerifying(credentials.Key, algorithm);
        try
        {
            return provider.Verify(signed, signature);
        }
        finally
        {
            factory.ReleaseSignatureProvider(provider);
        }
    }

    private static byte[]? Decode(string part)
    {
        try
        {
            return Base64UrlEncoder.DecodeBytes(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static (string? KeyId, string? Algorithm, string? Type)? Header(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? (Text(root, JwtHeaderParameterNames.Kid), Text(root, JwtHeaderParameterNames.Alg), Text(root, JwtHeaderParameterNames.Typ))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
