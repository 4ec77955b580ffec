using System.Security.Cryptography;
using Modular.SharedKernel.Infrastructure.Storage;
using Modular.Vault.Application.Documents;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Documents;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// Every file coming into the vault, on a real blob folder: the name checked, the type recognised
/// from the first bytes, the size counted while it is written, and nothing left behind when refused.
/// </summary>
public sealed class DocumentIntakeTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly byte[] PdfHead = "%PDF-1.7\n%âãÏÓ\n"u8.ToArray();

    private readonly string _root = Directory.CreateTempSubdirectory("modular-intake-").FullName;
    private readonly InMemoryVaultStore _store = new();
    private readonly FileSystemBlobStore _blobs;
    private readonly DocumentIntake _intake;

    public DocumentIntakeTests()
    {
        _blobs = new FileSystemBlobStore(_root);
        _intake = new DocumentIntake(_blobs, new SmallFileSettings(), _store);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static MemoryStream Pdf(int length) => new([.. PdfHead, .. new byte[length - PdfHead.Length]]);

    private int BlobsOnDisk() => Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Count();

    [Fact]
    public async Task A_file_is_named_typed_and_stored_whole_up_to_the_limit()
    {
        using var content = Pdf(1000);

        var received = (await _intake.ReceiveAsync("  Attestation.pdf ", content, Ct)).Value;

        Assert.Equal(("Attestation.pdf", "application/pdf", 1000L), (received.Name.Value, received.ContentType, received.Blob.Length));
        await using var stored = (await _blobs.OpenReadAsync(received.Blob.Id, Ct))!;
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy, Ct);
        Assert.Equal(SHA256.HashData(content.ToArray()), SHA256.HashData(copy.ToArray()));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_by_name_and_leaves_no_blob()
    {
        var refused = await _intake.ReceiveAsync("Attestation.pdf", Pdf(1001), Ct);

        Assert.Equal("file-too-large", refused.Error!.Code);
        Assert.Equal(["Attestation.pdf", new Modular.SharedKernel.Results.ByteCount(1000)], refused.Error.Arguments);
        Assert.Equal(1000L, refused.Error.Extensions["maxBytes"]);
        Assert.Equal(0, BlobsOnDisk());
    }

    [Fact]
    public async Task An_empty_file_a_bad_name_or_a_content_that_is_not_its_type_is_refused_before_anything_is_stored()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _intake.ReceiveAsync("Attestation.pdf", null!, Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => _intake.DiscardAsync(null!, Ct));
        Assert.Same(VaultErrors.FileEmpty, (await _intake.ReceiveAsync("Attestation.pdf", new MemoryStream(), Ct)).Error);
        Assert.Equal("file-name-invalid", (await _intake.ReceiveAsync("../Attestation.pdf", Pdf(100), Ct)).Error!.Code);
        Assert.NotNull((await _intake.ReceiveAsync("photo.png", Pdf(100), Ct)).Error);
        Assert.Equal(0, BlobsOnDisk());
    }

    [Fact]
    public async Task A_file_shorter_than_the_head_read_is_still_recognised_and_stored_whole()
    {
        var received = (await _intake.ReceiveAsync("court.pdf", new MemoryStream(PdfHead[..8]), Ct)).Value;

        Assert.Equal(8L, received.Blob.Length);
    }

    [Fact]
    public async Task A_blob_no_document_holds_is_discarded_and_one_a_document_holds_stays()
    {
        var kept = (await _intake.ReceiveAsync("Attestation.pdf", Pdf(200), Ct)).Value;
        _store.Documents.Add(Document.Create(Guid.NewGuid(), Guid.NewGuid(), kept.Name, kept.ContentType, 200, kept.Blob.Id, Guid.NewGuid(), DateTimeOffset.UtcNow));
        var dropped = (await _intake.ReceiveAsync("Autre.pdf", Pdf(300), Ct)).Value;

        await _intake.DiscardAsync(kept, Ct);
        await _intake.DiscardAsync(dropped, Ct);

        Assert.True(await _blobs.ExistsAsync(kept.Blob.Id, Ct));
        Assert.False(await _blobs.ExistsAsync(dropped.Blob.Id, Ct));
    }
}
