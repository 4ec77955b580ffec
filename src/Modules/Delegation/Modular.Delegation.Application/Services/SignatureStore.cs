using Modular.Delegation.Application.Ports;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Signatures;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Services;

/// <summary>
/// Keeps a party's signature, recorded with its form and time: a drawn or scanned image checked by
/// its content, or a digital one (<c>.p7s</c>) verified against the PDF it must sign. Its bytes go
/// to the module's blobs.
/// </summary>
internal sealed class SignatureStore(IDelegationBlobs blobs, ISignatureVerifier verifier)
{
    public const string Pkcs7Type = "application/pkcs7-signature";

    /// <summary>
    /// What is wrong with a signature as a part is sent, before anything is kept: none given; or a
    /// digital one with content, when the <c>.p7s</c> signs the form's PDF, which the form makes once sent.
    /// </summary>
    public static Error? Refusal(SignatureUpload? upload) => upload switch
    {
        { Form: SignatureForm.Digital, Content.Length: > 0 } => DelegationErrors.SignatureDigitalNoDocument,
        { Form: SignatureForm.Digital } => null,
        { Content.Length: > 0 } => null,
        _ => DelegationErrors.SignatureRequired,
    };

    /// <summary>A drawn or scanned signature, checked by its content and kept.</summary>
    public async Task<Result<SignatureRecord>> KeepAsync(SignatureUpload? upload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Refusal(upload) is { } refused)
        {
            return refused;
        }

        if (upload is not { Form: not SignatureForm.Digital, Content: { } content })
        {
            // A digital signature is kept by KeepDigitalAsync, once the form's PDF exists.
            return DelegationErrors.SignatureDigitalNoDocument;
        }

        var kind = upload.Form == SignatureForm.Drawn ? SignatureKind.Drawn : SignatureKind.Scanned;
        var image = SignatureImages.Check(kind, content);
        if (image.IsFailure)
        {
            return image.Error!;
        }

        var blob = await PutAsync(content, cancellationToken);
        return new SignatureRecord(kind, blob, image.Value, now);
    }

    /// <summary>
    /// A digital signature of the PDF kept as <paramref name="documentBlobId"/>: verified (the very
    /// bytes, a certificate valid now), then kept with the certificate's subject and validity.
    /// </summary>
    public async Task<Result<SignatureRecord>> KeepDigitalAsync(byte[]? p7s, string? documentBlobId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (documentBlobId is null)
        {
            return DelegationErrors.SignatureDigitalNoDocument;
        }

        if (p7s is not { Length: > 0 })
        {
            return DelegationErrors.SignatureDigitalRequired;
        }

        if (p7s.Length > SignatureImages.MaxBytes)
        {
            // A detached signature weighs a few kilobytes; this cannot be one.
            return DelegationErrors.SignatureDigitalInvalid;
        }

        var verified = verifier.Verify(await ReadBlobAsync(documentBlobId, cancellationToken), p7s, now);
        if (verified.IsFailure)
        {
            return verified.Error!;
        }

        var blob = await PutAsync(p7s, cancellationToken);
        return new SignatureRecord(SignatureKind.Digital, blob, Pkcs7Type, now, verified.Value.SignerSubject, verified.Value.NotAfter, documentBlobId);
    }

    /// <summary>A kept signature's bytes (the image, or the <c>.p7s</c>).</summary>
    public Task<byte[]> ReadAsync(SignatureRecord signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return ReadBlobAsync(signature.BlobId, cancellationToken);
    }

    /// <summary>A kept blob's bytes; a missing blob is a broken store, not a caller's mistake.</summary>
    public async Task<byte[]> ReadBlobAsync(string blobId, CancellationToken cancellationToken)
    {
        await using var stream = await blobs.OpenReadAsync(blobId, cancellationToken)
            ?? throw new InvalidOperationException($"The blob {blobId} is missing from the module's store.");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    private async Task<string> PutAsync(byte[] content, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        return (await blobs.PutAsync(stream, cancellationToken)).Id;
    }
}
