using Modular.Vault.Domain.Documents;

namespace Modular.UnitTests.Vault;

public sealed class DocumentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static DocumentFileName Name(string name) => DocumentFileName.Parse(name).Value;

    private static Document Scan() =>
        Document.Create(Guid.NewGuid(), Guid.NewGuid(), Name("scan.pdf"), "application/pdf", 1234, "ab12", Guid.NewGuid(), Now);

    [Fact]
    public void A_document_keeps_its_name_type_size_hash_and_who_uploaded_it_when()
    {
        var (folder, organisation, agent) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var document = Document.Create(folder, organisation, Name("scan.pdf"), "application/pdf", 1234, "ab12", agent, Now);

        Assert.Equal((folder, organisation, "scan.pdf"), (document.FolderId, document.OrganisationId, document.Name));
        Assert.Equal(("application/pdf", 1234L, "ab12"), (document.ContentType, document.Size, document.Sha256));
        Assert.Equal((agent, Now), (document.UploadedBy, document.UploadedAt));
    }

    [Theory]
    [InlineData("Carte grise.pdf")]
    [InlineData("Carte grise.PDF")]
    public void A_document_is_renamed_keeping_its_extension_whatever_its_case(string name)
    {
        var document = Scan();

        Assert.True(document.Rename(Name(name)).IsSuccess);
        Assert.Equal(name, document.Name);
    }

    [Theory]
    [InlineData("scan.png")]
    [InlineData("scan")]
    public void A_rename_that_changes_the_extension_is_refused_and_changes_nothing(string name)
    {
        var document = Scan();

        var refused = document.Rename(Name(name)).Error;

        Assert.Equal(("file-name-invalid", "extension"), (refused?.Code, refused?.Reason));
        Assert.Equal([".pdf"], refused?.Arguments);
        Assert.Equal("scan.pdf", document.Name);
    }

    [Fact]
    public void A_rename_needs_a_name() =>
        Assert.Throws<ArgumentNullException>(() => Scan().Rename(null!));

    [Fact]
    public void A_file_name_of_200_characters_is_kept_and_one_more_is_refused()
    {
        var longest = new string('a', 196) + ".pdf";

        Assert.Equal(longest, DocumentFileName.Parse(longest).Value.Value);
        var refused = DocumentFileName.Parse("a" + longest).Error;
        Assert.Equal(("file-name-invalid", "length"), (refused?.Code, refused?.Reason));
    }

    [Theory]
    [InlineData("|scan.pdf")]
    [InlineData(":scan.pdf")]
    [InlineData(".")]
    [InlineData("..scan.pdf")]
    public void A_name_starting_with_a_reserved_character_or_made_of_dots_is_refused(string name)
    {
        var refused = DocumentFileName.Parse(name).Error;

        Assert.Equal(("file-name-invalid", "characters"), (refused?.Code, refused?.Reason));
        Assert.Equal([name], refused?.Arguments);
    }

    [Fact]
    public void A_name_with_dots_inside_is_kept() =>
        Assert.Equal("facture.2026.01.pdf", DocumentFileName.Parse("facture.2026.01.pdf").Value.Value);

    [Theory]
    [InlineData("Scan.PDF", "pdf")]
    [InlineData("archive.tar.gz", "gz")]
    [InlineData("sans-extension", "")]
    public void The_extension_is_read_in_lower_case_without_its_dot(string name, string extension) =>
        Assert.Equal(extension, Name(name).Extension);

    [Fact]
    public void A_queued_purge_names_its_blob() =>
        Assert.ThrowsAny<ArgumentException>(() => new BlobPurge(" ", Now));
}
