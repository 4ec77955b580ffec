namespace Modular.Notifications.Domain.Messages;

/// <summary>
/// A file sent with a message: attached to the email, or printed and put in the envelope with the
/// letter. Its bytes are the module's own copy (content-addressed), so what was sent stays what is
/// kept even when the sending module deletes its document later.
/// </summary>
internal sealed class Enclosure
{
    public const int FileNameMaxLength = 255;

    public Enclosure(int position, string fileName, string contentType, string blobId, long length)
    {
        Position = position;
        FileName = fileName;
        ContentType = contentType;
        BlobId = blobId;
        Length = length;
    }

    /// <summary>Its place in the message, from 0.</summary>
    public int Position { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    /// <summary>The SHA-256 of the bytes, in hex: the blob's id in the module's store.</summary>
    public string BlobId { get; private set; }

    public long Length { get; private set; }

    /// <summary>
    /// A name safe on every mail client and file system: the path and control characters dropped,
    /// cut at <see cref="FileNameMaxLength"/> keeping the extension; <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string SafeFileName(string? name, string fallback)
    {
        var leaf = (name ?? "").Replace('\\', '/');
        leaf = leaf[(leaf.LastIndexOf('/') + 1)..];
        var clean = new string([.. leaf.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?'))]).Trim().Trim('.');
        if (clean.Length == 0)
        {
            return fallback;
        }

        if (clean.Length <= FileNameMaxLength)
        {
            return clean;
        }

        var extension = Path.GetExtension(clean);
        return extension.Length is > 0 and < 16 ? clean[..(FileNameMaxLength - extension.Length)] + extension : clean[..FileNameMaxLength];
    }
}
