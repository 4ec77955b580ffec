using Modular.Delegation.Contracts;

namespace Modular.Host.Areas.Delegation.Pages;

/// <summary>
/// A signature as a mandate form posts it: drawn on the page (the PNG of the strokes, as a data
/// URL), an image of a handwritten signature, or the choice of a digital signature (whose <c>.p7s</c>
/// comes once the form's PDF is made). The module checks the bytes; this only reads them.
/// </summary>
public sealed class SignatureInput
{
    private const string PngDataUrl = "data:image/png;base64,";

    public SignatureForm Form { get; set; } = SignatureForm.Drawn;

    /// <summary>The drawn signature, as the page's script leaves it in the hidden field.</summary>
    public string? Drawn { get; set; }

    public IFormFile? Scanned { get; set; }

    /// <summary>What to send the module; null when nothing was signed (the module says so).</summary>
    public async Task<SignatureUpload?> ToUploadAsync(CancellationToken cancellationToken)
    {
        if (Form == SignatureForm.Digital)
        {
            return new SignatureUpload(SignatureForm.Digital, null);
        }

        if (Form == SignatureForm.Scanned)
        {
            if (Scanned is not { Length: > 0 } file)
            {
                return null;
            }

            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, cancellationToken);
            return new SignatureUpload(SignatureForm.Scanned, copy.ToArray());
        }

        if (Drawn is not { Length: > 0 } drawn)
        {
            return null;
        }

        var bytes = new byte[drawn.Length];
        return drawn.StartsWith(PngDataUrl, StringComparison.Ordinal) && Convert.TryFromBase64String(drawn[PngDataUrl.Length..], bytes, out var written)
            ? new SignatureUpload(SignatureForm.Drawn, bytes[..written])
            : new SignatureUpload(SignatureForm.Drawn, [0]);
    }
}

/// <summary>A <c>.p7s</c> as a page posts it: the bytes, or none when no file was chosen (the module says so).</summary>
public static class SignatureFiles
{
    /// <summary>Read at most a little over the module's limit: anything larger is refused there without more reading.</summary>
    private const long ReadLimit = (2 * 1024 * 1024) + 1;

    public static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 })
        {
            return null;
        }

        if (file.Length > ReadLimit)
        {
            return new byte[ReadLimit];
        }

        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
