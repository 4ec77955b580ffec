namespace Modular.Vault.Application.Ports;

internal enum ReceiptSignatureOutcome
{
    Valid,

    /// <summary>Not a JWS in compact serialization: not three base64url parts, or a header that is not JSON.</summary>
    Malformed,

    /// <summary>Its header names no key the server publishes (another server's, a retired one, a forger's own).</summary>
    UnknownKey,

    /// <summary>A published key, but the signature does not match the bytes (altered, or signed by another key under that name).</summary>
    BadSignature,
}
