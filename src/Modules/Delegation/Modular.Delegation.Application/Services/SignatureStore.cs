using Modular.Delegation.Application.Ports;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Signatures;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Services;

/// <summary>
/// Keeps a party's signature: a drawn or scanned image checked by its content, stored in the
/// module's blobs, recorded with its form and time. A digital signature is made on the form's PDF
/// and is not taken here.
/// </summary>
internal sealed class SignatureStore(IDelegationBlobs blobs)
{
    public async Task<Result<SignatureRecord>> KeepAsync(SignatureUpload? upload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Content is not { Length: > 0 } content || upload.Form == SignatureForm.Digital)
        {
            return DelegationErrors.SignatureRequired;
        }

        var kind = upload.Form == SignatureForm.Drawn ? SignatureKind.Drawn : SignatureKind.Scanned;
        var image = SignatureImages.Check(kind, content);
        if (image.IsFailure)
        {
            return image.Error!;
        }

        using var stream = new MemoryStream(content, writable: false);
        var blob = await blobs.PutAsync(stream, cancellationToken);
        return new SignatureRecord(kind, blob.Id, image.Value, now);
    }

    /// <summary>A kept signature's bytes (the image, or the <c>.p7s</c>); a missing blob is a broken store, not a caller's mistake.</summary>
    public async Task<byte[]> ReadAsync(SignatureRecord signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signature);
        await using var stream = await blobs.OpenReadAsync(signature.BlobId, cancellationToken)
            ?? throw new InvalidOperationException($"The signature {signature.BlobId} is missing from the store.");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
