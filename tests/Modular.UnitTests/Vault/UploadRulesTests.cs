using System.Text;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Documents;
using Modular.Vault.Domain.Documents;

namespace Modular.UnitTests.Vault;

public sealed class UploadRulesTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 0, 0];

    private static DocumentFileName Name(string name) => DocumentFileName.Parse(name).Value;

    [Theory]
    [InlineData("carte-grise.pdf", "application/pdf")]
    [InlineData("CERFA 13750.PDF", "application/pdf")]
    public void A_pdf_is_recognised_by_its_first_bytes(string name, string type) =>
        Assert.Equal(type, FileType.Recognise(Name(name), Pdf).Value);

    [Fact]
    public void Office_documents_are_recognised_as_the_zip_their_extension_says()
    {
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileType.Recognise(Name("mandat.docx"), Docx).Value);
        Assert.Equal("file-type-mismatch", FileType.Recognise(Name("mandat.pdf"), Docx).Error?.Code);
    }

    [Fact]
    public void A_file_whose_extension_lies_is_refused_saying_what_it_really_is()
    {
        var result = FileType.Recognise(Name("permis.pdf"), Png);

        Assert.Equal("file-type-mismatch", result.Error?.Code);
        Assert.Equal("Le contenu de « permis.pdf » ne correspond pas à son extension : c'est en réalité un fichier PNG.", result.Error!.Message);
        Assert.Equal(["permis.pdf", "PNG"], result.Error.Arguments);
    }

    [Theory]
    [InlineData("script.exe")]
    [InlineData("notes.txt")]
    [InlineData("sans-extension")]
    public void A_type_outside_the_allow_list_is_refused(string name) =>
        Assert.Equal("file-type-refused", FileType.Recognise(Name(name), Pdf).Error?.Code);

    [Fact]
    public void Bytes_of_no_known_type_are_refused_even_with_an_accepted_extension() =>
        Assert.Equal("file-type-mismatch", FileType.Recognise(Name("scan.pdf"), Encoding.ASCII.GetBytes("MZ\x90\0 this is a program")).Error?.Code);

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("C:\\Users\\marie\\scan.pdf")]
    [InlineData("dossier/scan.pdf")]
    [InlineData("scan\u0000.pdf")]
    [InlineData("..")]
    public void Names_with_path_or_reserved_characters_are_refused(string name)
    {
        var parsed = DocumentFileName.Parse(name);

        Assert.Equal("file-name-invalid", parsed.Error?.Code);
    }

    [Theory]
    [InlineData("facture\u202Efdp.exe", "facturefdp.exe")]
    [InlineData("scan\u200B.pdf", "scan.pdf")]
    [InlineData("devis\u2066.pdf", "devis.pdf")]
    [InlineData("bilan\U000E0041.pdf", "bilan.pdf")]
    public void Names_with_invisible_format_characters_are_refused_with_the_reason(string name, string shown)
    {
        var refused = DocumentFileName.Parse(name).Error;

        Assert.Equal("file-name-invalid", refused?.Code);
        Assert.Equal("invisible", refused?.Reason);
        Assert.Equal($"Le nom « {shown} » contient des caractères invisibles (par exemple une inversion du sens d'écriture) : renommez le fichier.", refused?.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_file_without_a_name_is_refused(string? name) =>
        Assert.Equal("Le fichier n'a pas de nom.", DocumentFileName.Parse(name).Error?.Message);

    [Fact]
    public void Accented_names_with_spaces_are_kept_as_they_are() =>
        Assert.Equal("Relevé d'identité (2026).pdf", DocumentFileName.Parse("  Relevé d'identité (2026).pdf ").Value.Value);

    [Fact]
    public async Task The_limited_stream_passes_the_head_then_the_rest_up_to_the_limit()
    {
        await using var rest = new MemoryStream(Encoding.ASCII.GetBytes("-rest"));
        await using var stream = new SizeLimitedStream(Encoding.ASCII.GetBytes("head"), rest, limit: 9);
        using var reader = new StreamReader(stream);

        Assert.Equal("head-rest", await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_limited_stream_fails_one_byte_past_the_limit()
    {
        await using var rest = new MemoryStream(new byte[100]);
        await using var stream = new SizeLimitedStream(new byte[4], rest, limit: 103);

        await Assert.ThrowsAsync<SizeLimitExceededException>(() => stream.CopyToAsync(Stream.Null, TestContext.Current.CancellationToken));
    }
}
