using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Documents.DeleteDocument;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// « Supprimer »: whoever manages the folder deletes a document; its bytes go after the save, unless
/// another document holds the same content; a failed save keeps the document and its bytes.
/// </summary>
public sealed class DeleteDocumentTests : VaultUseCaseTests
{
    private Task<Result> Delete(Caller caller, Guid documentId, Guid? folderId = null) =>
        new DeleteDocumentCommandHandler(Store, Purger(), caller, AccessFor(caller), Clock).Handle(new DeleteDocumentCommand(documentId, folderId), Ct);

    [Fact]
    public async Task The_document_goes_with_its_bytes_and_the_journal_names_it()
    {
        var document = await StoredDocumentAsync(Folder);
        var kept = await StoredDocumentAsync(Folder, "constat.pdf", padding: 50);

        Assert.True((await Delete(Agent, document.Id, Folder.Id)).IsSuccess);

        Assert.Equal(kept, Assert.Single(Store.Documents));
        Assert.False(await Blobs.ExistsAsync(document.Sha256, Ct));
        Assert.True(await Blobs.ExistsAsync(kept.Sha256, Ct));
        Assert.Empty(Store.Purges);
        var line = Assert.Single(Store.Journal);
        Assert.Equal((JournalKind.DocumentDeleted, Folder.Id, (Guid?)AgentId, Now, "attestation.pdf"), (line.Kind, line.FolderId, line.ActorId, line.At, line.Values!["name"]));
        Assert.Equal(2, Store.Saves);
    }

    [Fact]
    public async Task Bytes_another_document_holds_stay_and_their_purge_is_settled()
    {
        var document = await StoredDocumentAsync(Folder);
        var copy = await StoredDocumentAsync(StoredFolder("Sinistre habitation"), "copie.pdf");

        Assert.True((await Delete(Agent, document.Id)).IsSuccess);

        Assert.Equal(copy, Assert.Single(Store.Documents));
        Assert.True(await Blobs.ExistsAsync(copy.Sha256, Ct));
        Assert.Empty(Store.Purges);
    }

    [Fact]
    public async Task A_failed_save_keeps_the_document_its_bytes_and_no_purge()
    {
        var document = await StoredDocumentAsync(Folder);
        Store.RefuseNextSave = VaultErrors.DocumentNotFound;

        Assert.Same(VaultErrors.DocumentNotFound, (await Delete(Agent, document.Id)).Error);

        Assert.Equal(document, Assert.Single(Store.Documents));
        Assert.True(await Blobs.ExistsAsync(document.Sha256, Ct));
        Assert.Empty(Store.Purges);
        Assert.Empty(Store.Journal);
    }

    [Fact]
    public async Task Another_organisations_document_another_folders_or_one_the_caller_only_reads_stays()
    {
        var elsewhere = await StoredDocumentAsync(StoredFolder("Autre cabinet", organisation: Guid.NewGuid()), padding: 1);
        var other = await StoredDocumentAsync(StoredFolder("Sinistre habitation"), padding: 2);
        var published = await StoredDocumentAsync(StoredFolder("Publications", isPublic: true), padding: 3);

        Assert.Same(VaultErrors.DocumentNotFound, (await Delete(Agent, elsewhere.Id)).Error);
        Assert.Same(VaultErrors.DocumentNotFound, (await Delete(Agent, other.Id, Folder.Id)).Error);
        Assert.Same(VaultErrors.FolderNotManaged, (await Delete(InvitedPerson(), published.Id)).Error);

        Assert.Equal(3, Store.Documents.Count);
        Assert.All(Store.Documents, d => Assert.True(Blobs.ExistsAsync(d.Sha256, Ct).Result));
        Assert.Empty(Store.Journal);
        Assert.Equal(0, Store.Saves);
    }
}
