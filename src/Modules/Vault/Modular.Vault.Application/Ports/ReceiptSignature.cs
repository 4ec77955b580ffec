namespace Modular.Vault.Application.Ports;

/// <summary>
/// What checking a JWS found (<see cref="IReceiptSigner.Verify"/>); the key, algorithm, header type
/// and payload are there only when the signature is <see cref="ReceiptSignatureOutcome.Valid"/>.
/// </summary>
internal sealed record ReceiptSignature(ReceiptSignatureOutcome Outcome, string? KeyId = null, string? Algorithm = null, string? Type = null, string? PayloadJson = null);
