using Modular.SharedKernel.Results;

namespace Modular.Vault.Domain.Documents;

/// <summary>
/// The types the vault accepts, recognised by their first bytes ("magic numbers"), never by the
/// name or the browser's word alone: a file must be what its extension says.
/// </summary>
internal static class FileType
{
    /// <summary>How many bytes the recognition needs.</summary>
    public const int HeadLength = 16;

    private const string Zip = "zip";

    private static readonly (string Extension, string ContentType, string Family)[] Allowed =
    [
        ("pdf", "application/pdf", "pdf"),
        ("png", "image/png", "png"),
        ("jpg", "image/jpeg", "jpeg"),
        ("jpeg", "image/jpeg", "jpeg"),
        ("gif", "image/gif", "gif"),
        ("tif", "image/tiff", "tiff"),
        ("tiff", "image/tiff", "tiff"),
        ("webp", "image/webp", "webp"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        ("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip),
        ("odt", "application/vnd.oasis.opendocument.text", Zip),
        ("ods", "application/vnd.oasis.opendocument.spreadsheet", Zip),
    ];

    public static IReadOnlyList<string> Extensions { get; } = [.. Allowed.Select(a => a.Extension)];

    /// <summary>The content type of a file named <paramref name="name"/> starting with <paramref name="head"/>, or why it is refused.</summary>
    public static Result<string> Recognise(DocumentFileName name, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(name);
        var declared = Array.Find(Allowed, a => a.Extension == name.Extension);
        if (declared.Extension is null)
        {
            return VaultErrors.FileTypeRefused(name.Value, Extensions);
        }

        var family = FamilyOf(head);
        if (family == declared.Family)
        {
            return declared.ContentType;
        }

        return family is null
            ? VaultErrors.FileTypeUnknown(name.Value)
            : VaultErrors.FileTypeMismatch(name.Value, Describe(family));
    }

    private static string? FamilyOf(ReadOnlySpan<byte> head) => head switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "pdf",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "png",
        [0xFF, 0xD8, 0xFF, ..] => "jpeg",
        [0x47, 0x49, 0x46, 0x38, 0x37 or 0x39, 0x61, ..] => "gif",
        [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => "tiff",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "webp",
        [0x50, 0x4B, 0x03, 0x04, ..] => Zip,
        _ => null,
    };

    /// <summary>The type's name, the same in every language.</summary>
    private static string Describe(string family) => family switch
    {
        "webp" => "WebP",
        Zip => "ZIP (Office, OpenDocument)",
        _ => family.ToUpperInvariant(),
    };
}
