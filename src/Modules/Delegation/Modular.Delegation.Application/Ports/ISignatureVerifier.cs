using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Ports;

/// <summary>The certificate a valid digital signature was made with, as the form's PDF shows it.</summary>
internal sealed record VerifiedSignature(string SignerSubject, DateTimeOffset NotBefore, DateTimeOffset NotAfter, DateTimeOffset? SignedAt);

/// <summary>
/// Checks a « signature numérique »: a detached CMS (PKCS #7, <c>.p7s</c>) signature of exactly
/// <c>document</c>, whose signer's certificate is valid at <c>now</c>. A signature over another
/// document, a tampered one and an expired or not-yet-valid certificate are refused.
/// </summary>
internal interface ISignatureVerifier
{
    Result<VerifiedSignature> Verify(ReadOnlySpan<byte> document, ReadOnlySpan<byte> signature, DateTimeOffset now);
}
