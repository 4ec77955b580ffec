namespace Modular.Vault.Application.Ports;

/// <summary>
/// Signs download receipts with the key that signs the server's tokens, the one its JWKS publishes
/// (so that anyone can check a receipt offline), and checks a receipt against the keys it publishes.
/// </summary>
internal interface IReceiptSigner
{
    /// <summary>The server's issuer identifier, as its tokens and discovery document name it.</summary>
    string Issuer { get; }

    /// <summary>A JWS in compact serialization of <paramref name="payloadJson"/>, its header's <c>typ</c> <paramref name="type"/>, and the id of the key that signed it.</summary>
    (string Jws, string KeyId) Sign(string payloadJson, string type);

    /// <summary>Whether <paramref name="jws"/> was signed by one of the published keys; its header and payload when it was.</summary>
    ReceiptSignature Verify(string jws);
}
