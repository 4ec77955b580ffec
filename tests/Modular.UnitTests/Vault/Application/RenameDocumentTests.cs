using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Documents.RenameDocument;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;

namespace Modular.UnitTests.Vault.Application;

/// <summary>« Renommer »: whoever manages the folder renames a document, keeping its extension; the journal says from what to what.</summary>
public sealed class RenameDocumentTests : VaultUseCaseTests
{
    private Task<Result> Rename(Caller caller, Guid documentId, string name, Guid? folderId = null) =>
        new RenameDocumentCommandHandler(Store, caller, AccessFor(caller), Clock).Handle(new RenameDocumentCommand(documentId, name, folderId), Ct);

    [Fact]
    public async Task The_document_takes_its_new_name_and_the_journal_keeps_both()
    {
        var document = await StoredDocumentAsync(Folder);

        Assert.True((await Rename(Agent, document.Id, "  Attestation 2026.PDF ", Folder.Id)).IsSuccess);

        Assert.Equal("Attestation 2026.PDF", document.Name);
        var line = Assert.Single(Store.Journal);
        Assert.Equal(
            (JournalKind.DocumentRenamed, Folder.Id, (Guid?)AgentId, Now, "attestation.pdf", "Attestation 2026.PDF"),
            (line.Kind, line.FolderId, line.ActorId, line.At, line.Values!["before"], line.Values["after"]));
        Assert.Equal(1, Store.Saves);
    }

    [Theory]
    [InlineData("attestation.docx", "extension")]
    [InlineData("   ", "empty")]
    [InlineData("../attestation.pdf", null)]
    public async Task A_name_that_is_refused_says_why_and_changes_nothing(string name, string? reason)
    {
        var document = await StoredDocumentAsync(Folder);

        var refused = (await Rename(Agent, document.Id, name)).Error!;

        Assert.Equal("file-name-invalid", refused.Code);
        if (reason is not null)
        {
            Assert.Equal(reason, refused.Reason);
        }

        Assert.Equal("attestation.pdf", document.Name);
        Assert.Empty(Store.Journal);
        Assert.Equal(0, Store.Saves);
    }

    [Fact]
    public async Task Another_organisations_document_another_folders_or_one_the_caller_only_reads_is_not_renamed()
    {
        var elsewhere = await StoredDocumentAsync(StoredFolder("Autre cabinet", organisation: Guid.NewGuid()));
        var other = await StoredDocumentAsync(StoredFolder("Sinistre habitation"));
        var published = await StoredDocumentAsync(StoredFolder("Publications", isPublic: true));

        Assert.Same(VaultErrors.DocumentNotFound, (await Rename(Agent, elsewhere.Id, "renommé.pdf")).Error);
        Assert.Same(VaultErrors.DocumentNotFound, (await Rename(Agent, other.Id, "renommé.pdf", Folder.Id)).Error);
        Assert.Same(VaultErrors.DocumentNotFound, (await Rename(Agent, Guid.NewGuid(), "renommé.pdf")).Error);
        Assert.Same(VaultErrors.FolderNotManaged, (await Rename(InvitedPerson(), published.Id, "renommé.pdf")).Error);

        Assert.All(Store.Documents, d => Assert.Equal("attestation.pdf", d.Name));
        Assert.Empty(Store.Journal);
    }
}
