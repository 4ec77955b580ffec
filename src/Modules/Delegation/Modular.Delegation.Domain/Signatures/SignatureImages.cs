using Modular.SharedKernel.Results;

namespace Modular.Delegation.Domain.Signatures;

/// <summary>
/// A signature given as an image, checked by its content (never by its name or declared type): a
/// drawn one is the PNG the page makes of the strokes; a scanned one a PNG or a JPEG. Anything else,
/// or an image larger than <see cref="MaxBytes"/>, is refused.
/// </summary>
internal static class SignatureImages
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The image's media type (<c>image/png</c> or <c>image/jpeg</c>) when <paramref name="kind"/> accepts its content.</summary>
    public static Result<string> Check(SignatureKind kind, ReadOnlySpan<byte> content)
    {
        if (kind == SignatureKind.Digital)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A digital signature is no image.");
        }

        if (content.Length > MaxBytes)
        {
            return DelegationErrors.SignatureTooLarge(MaxBytes);
        }

        if (content.Length > Png.Length + 16 && content.StartsWith(Png))
        {
            return "image/png";
        }

        return kind == SignatureKind.Scanned && content.Length > 16 && content.StartsWith(Jpeg) && content.EndsWith((ReadOnlySpan<byte>)[0xFF, 0xD9])
            ? "image/jpeg"
            : kind == SignatureKind.Drawn ? DelegationErrors.SignatureDrawnUnreadable : DelegationErrors.SignatureScannedNotImage;
    }
}
