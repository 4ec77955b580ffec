using Modular.Vault.Domain.Documents;

namespace Modular.UnitTests.Vault;

/// <summary>Each accepted type, recognised by its first bytes and named by its extension.</summary>
public sealed class FileTypeTests
{
    private static readonly byte[] Pdf = [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10];
    private static readonly byte[] Gif87 = [0x47, 0x49, 0x46, 0x38, 0x37, 0x61, 1, 0];
    private static readonly byte[] Gif89 = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0];
    private static readonly byte[] TiffIntel = [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0];
    private static readonly byte[] TiffMotorola = [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8];
    private static readonly byte[] Webp = [0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 20, 0, 6, 0];

    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "acte.pdf", Pdf, "application/pdf" },
        { "photo.png", Png, "image/png" },
        { "photo.jpg", Jpeg, "image/jpeg" },
        { "photo.JPEG", Jpeg, "image/jpeg" },
        { "logo.gif", Gif87, "image/gif" },
        { "anime.gif", Gif89, "image/gif" },
        { "scan.tif", TiffIntel, "image/tiff" },
        { "scan.tiff", TiffMotorola, "image/tiff" },
        { "photo.webp", Webp, "image/webp" },
        { "mandat.docx", Zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "budget.xlsx", Zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "slides.pptx", Zip, "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "lettre.odt", Zip, "application/vnd.oasis.opendocument.text" },
        { "tableau.ods", Zip, "application/vnd.oasis.opendocument.spreadsheet" },
    };

    private static DocumentFileName Name(string name) => DocumentFileName.Parse(name).Value;

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Each_accepted_type_is_recognised_by_its_first_bytes_and_given_its_content_type(string name, byte[] head, string contentType) =>
        Assert.Equal(contentType, FileType.Recognise(Name(name), head).Value);

    [Theory]
    [InlineData("photo.gif", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x38, 0x61, 1, 0 })]
    [InlineData("scan.tif", new byte[] { 0x49, 0x49, 0x00, 0x2A, 8, 0, 0, 0 })]
    [InlineData("photo.webp", new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 })]
    [InlineData("acte.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    [InlineData("acte.pdf", new byte[0])]
    public void Near_misses_of_a_signature_are_of_no_known_type(string name, byte[] head)
    {
        var refused = FileType.Recognise(Name(name), head).Error;

        Assert.Equal("file-type-mismatch", refused?.Code);
        Assert.Equal("unknown", refused?.Reason);
        Assert.Equal($"Le contenu de « {name} » ne correspond pas à son extension : c'est en réalité un fichier d'un type que le coffre n'accepte pas.", refused?.Message);
    }

    [Theory]
    [InlineData("photo.png", "webp", "WebP")]
    [InlineData("acte.pdf", "zip", "ZIP (Office, OpenDocument)")]
    [InlineData("mandat.docx", "pdf", "PDF")]
    [InlineData("photo.jpg", "gif", "GIF")]
    [InlineData("photo.png", "tiff", "TIFF")]
    [InlineData("acte.pdf", "jpeg", "JPEG")]
    public void A_mismatch_names_the_type_the_content_really_is(string name, string content, string described)
    {
        var head = content switch
        {
            "webp" => Webp,
            "zip" => Zip,
            "pdf" => Pdf,
            "gif" => Gif89,
            "tiff" => TiffIntel,
            _ => Jpeg,
        };

        var refused = FileType.Recognise(Name(name), head).Error;

        Assert.Equal("file-type-mismatch", refused?.Code);
        Assert.Equal([name, described], refused?.Arguments);
    }

    [Fact]
    public void A_refused_type_lists_every_accepted_extension()
    {
        var refused = FileType.Recognise(Name("notes.txt"), Pdf).Error;

        Assert.Equal(["pdf", "png", "jpg", "jpeg", "gif", "tif", "tiff", "webp", "docx", "xlsx", "pptx", "odt", "ods"], FileType.Extensions);
        Assert.Equal(["notes.txt", "pdf, png, jpg, jpeg, gif, tif, tiff, webp, docx, xlsx, pptx, odt, ods"], refused?.Arguments);
    }

    [Fact]
    public void A_name_is_required() =>
        Assert.Throws<ArgumentNullException>(() => FileType.Recognise(null!, Pdf));
}
