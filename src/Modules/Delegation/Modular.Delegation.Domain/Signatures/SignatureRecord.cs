namespace Modular.Delegation.Domain.Signatures;

/// <summary>
/// A signature as kept with its request: its form, where its bytes are (the module's store: the
/// drawn or scanned image, or the <c>.p7s</c>), their media type, and for a digital one the
/// certificate's subject and validity, which the form's PDF shows, and the PDF it signs (its blob:
/// the exact bytes, so that anyone can verify it again).
/// </summary>
internal sealed record SignatureRecord(
    SignatureKind Kind,
    string BlobId,
    string ContentType,
    DateTimeOffset SignedAt,
    string? SignerSubject = null,
    DateTimeOffset? CertificateNotAfter = null,
    string? DocumentBlobId = null);
