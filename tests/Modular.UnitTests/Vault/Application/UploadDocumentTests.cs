using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Documents.UploadDocument;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// « Déposer un document »: a file stored in a folder the caller may write to, with its journal
/// line; a refused file, a reader, a folder deleted while the file came in or a failed save leave
/// no document and no bytes behind.
/// </summary>
public sealed class UploadDocumentTests : VaultUseCaseTests
{
    /// <summary>A file's bytes that run <paramref name="meanwhile"/> when they are first read (as a folder deleted while the upload streams in).</summary>
    private sealed class Incoming(byte[] bytes, Action? meanwhile = null) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Interlocked.Exchange(ref meanwhile, null)?.Invoke();
            return base.ReadAsync(buffer, cancellationToken);
        }
    }

    private static byte[] Pdf(int length = 200) => [.. PdfHead, .. new byte[length - PdfHead.Length]];

    private Task<Result<DocumentDto>> Upload(Caller caller, Guid folderId, string name, Stream content, OtherModules? identity = null) =>
        new UploadDocumentCommandHandler(Store, new DocumentIntake(Blobs, new SmallFileSettings(), Store), caller, AccessFor(caller, identity), Clock)
            .Handle(new UploadDocumentCommand(folderId, name, content), Ct);

    private int BlobsOnDisk() => Blobs.ListWrittenBeforeAsync(DateTimeOffset.MaxValue, Ct).ToBlockingEnumerable(Ct).Count();

    [Fact]
    public async Task An_agents_file_is_stored_with_its_type_size_and_hash_and_the_journal_names_the_agent()
    {
        using var content = new Incoming(Pdf());

        var uploaded = (await Upload(Agent, Folder.Id, " Attestation 2026.pdf ", content)).Value;

        var document = Assert.Single(Store.Documents);
        Assert.Equal(
            (document.Id, Folder.Id, "Attestation 2026.pdf", "application/pdf", 200L, AgentId, Now),
            (uploaded.Id, uploaded.FolderId, uploaded.Name, uploaded.ContentType, uploaded.Size, uploaded.UploadedBy, uploaded.UploadedAt));
        Assert.Equal(document.Sha256, uploaded.Sha256);
        Assert.True(await Blobs.ExistsAsync(uploaded.Sha256, Ct));
        var line = Assert.Single(Store.Journal);
        Assert.Equal((JournalKind.DocumentUploaded, Folder.Id, (Guid?)AgentId, "Attestation 2026.pdf", Now), (line.Kind, line.FolderId, line.ActorId, line.Values!["name"], line.At));
        Assert.False(line.Values.ContainsKey(JournalEntry.VariantKey));
        Assert.Equal((1, 0), (Store.Commits, Store.RollBacks));
    }

    [Fact]
    public async Task An_api_clients_file_is_stored_in_a_folder_it_may_write_to_and_the_journal_names_the_client()
    {
        Store.Grants.Add(AccessGrant.ForClient(Organisation, Folder.Id, "server-id-of-gestion", AccessLevel.Write, AgentId, Now));
        var identity = new OtherModules().Answer<FindApiClientQuery, Result<ApiClientReferenceDto>>(
            q => new ApiClientReferenceDto("server-id-of-" + q.ClientId, q.ClientId, "Logiciel de gestion", Organisation));
        using var content = new Incoming(Pdf());

        var uploaded = (await Upload(new Caller(null, null, clientId: "gestion"), Folder.Id, "bordereau.pdf", content, identity)).Value;

        Assert.Equal((Guid.Empty, "bordereau.pdf"), (uploaded.UploadedBy, Assert.Single(Store.Documents).Name));
        var line = Assert.Single(Store.Journal);
        Assert.Equal(
            (JournalKind.DocumentUploaded, (Guid?)null, "bordereau.pdf", "gestion", "client"),
            (line.Kind, line.ActorId, line.Values!["name"], line.Values["client"], line.Values[JournalEntry.VariantKey]));
    }

    [Fact]
    public async Task A_person_who_only_reads_the_folder_is_told_so_and_nothing_is_read_or_stored()
    {
        var published = StoredFolder("Publications", isPublic: true);
        using var content = new Incoming(Pdf());

        Assert.Same(VaultErrors.FolderReadOnly, (await Upload(InvitedPerson(), published.Id, "attestation.pdf", content)).Error);
        Assert.Same(VaultErrors.FolderNotFound, (await Upload(Agent, Guid.NewGuid(), "attestation.pdf", content)).Error);

        Assert.Equal(0, content.Position);
        Assert.Empty(Store.Documents);
        Assert.Empty(Store.Journal);
        Assert.Equal(0, BlobsOnDisk());
    }

    [Theory]
    [InlineData("attestation.pdf", 0, "file-empty")]
    [InlineData("attestation.pdf", 1001, "file-too-large")]
    [InlineData("", 200, "file-name-invalid")]
    public async Task A_refused_file_says_why_and_leaves_no_document_and_no_bytes(string name, int length, string code)
    {
        using var content = new Incoming(length == 0 ? [] : Pdf(length));

        var refused = await Upload(Agent, Folder.Id, name, content);

        Assert.Equal(code, refused.Error!.Code);
        Assert.Empty(Store.Documents);
        Assert.Empty(Store.Journal);
        Assert.Equal(0, BlobsOnDisk());
    }

    [Fact]
    public async Task A_folder_deleted_while_the_file_came_in_is_not_found_and_the_bytes_go()
    {
        using var content = new Incoming(Pdf(), meanwhile: () => Store.Folders.Remove(Folder));

        Assert.Same(VaultErrors.FolderNotFound, (await Upload(Agent, Folder.Id, "attestation.pdf", content)).Error);

        Assert.Empty(Store.Documents);
        Assert.Empty(Store.Journal);
        Assert.Equal((0, 1), (Store.Commits, Store.RollBacks));
        Assert.Equal(0, BlobsOnDisk());
    }

    [Fact]
    public async Task A_failed_save_keeps_nothing_but_the_bytes_another_document_holds()
    {
        var held = await StoredDocumentAsync(Folder, padding: 200 - PdfHead.Length);
        Store.RefuseNextSave = VaultErrors.FolderNotFound;
        using var same = new Incoming(Pdf());

        Assert.Same(VaultErrors.FolderNotFound, (await Upload(Agent, Folder.Id, "copie.pdf", same)).Error);
        Store.RefuseNextSave = VaultErrors.FolderNotFound;
        using var other = new Incoming(Pdf(300));
        Assert.Same(VaultErrors.FolderNotFound, (await Upload(Agent, Folder.Id, "autre.pdf", other)).Error);

        Assert.Equal(held, Assert.Single(Store.Documents));
        Assert.True(await Blobs.ExistsAsync(held.Sha256, Ct));
        Assert.Equal(1, BlobsOnDisk());
        Assert.Empty(Store.Journal);
        Assert.Equal((0, 2), (Store.Commits, Store.RollBacks));
    }
}
