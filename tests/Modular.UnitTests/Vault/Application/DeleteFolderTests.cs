using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Folders.DeleteFolder;
using Modular.Vault.Application.Links;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// « Supprimer le dossier »: the folder goes with everything that hangs on it (documents and their
/// bytes, rights, open collection requests, usable links and their ZIP) in one save; its journal
/// ends with a line that counts what went and names who deleted it. A folder changed since the
/// page was shown, a home page or a failed save keep everything.
/// </summary>
public sealed class DeleteFolderTests : VaultUseCaseTests
{
    private OtherModules _identity = AgentAccount();

    private Task<Result<FolderDeletedDto>> Delete(Caller caller, Guid folderId, int? expected = null) =>
        new DeleteFolderCommandHandler(Store, AccessFor(caller), Purger(), caller, _identity, Clock).Handle(new DeleteFolderCommand(folderId, expected), Ct);

    private CollectionRequest StoredRequest(Person person, DateOnly deadline)
    {
        var request = CollectionRequest.Create(Organisation, "Cabinet Démo", Folder.Id, person, ["Carte grise"], deadline, null, AgentId, "agent1@demo.test", LinkTokens.New().Hash, Now.AddDays(-5)).Value;
        Store.CollectionRequests.Add(request);
        return request;
    }

    [Fact]
    public async Task The_folder_goes_with_its_documents_rights_open_requests_and_usable_links_and_the_journal_counts_them()
    {
        var document = await StoredDocumentAsync(Folder);
        var other = await StoredDocumentAsync(Folder, "constat.pdf", padding: 7);
        var kept = await StoredDocumentAsync(StoredFolder("Sinistre habitation"), "copie.pdf");
        var person = StoredPerson();
        Store.Grants.Add(AccessGrant.ForPerson(Organisation, Folder.Id, person.Id, AccessLevel.Read, AgentId, Now.AddDays(-1)));
        var open = StoredRequest(person, DateOnly.FromDateTime(Now.AddDays(10).UtcDateTime));
        var alsoOpen = StoredRequest(person, DateOnly.FromDateTime(Now.AddDays(20).UtcDateTime));
        var overdue = StoredRequest(person, DateOnly.FromDateTime(Now.AddDays(-1).UtcDateTime));
        var archive = await Blobs.PutAsync(new MemoryStream([.. PdfHead, 42]), Ct);
        var usable = StoredLink(document);
        Set(usable, nameof(DownloadLink.ArchiveBlobId), archive.Id);
        var expired = StoredLink(other);
        Set(expired, nameof(DownloadLink.ExpiresAt), Now.AddMinutes(-1));

        var deleted = (await Delete(Agent, Folder.Id, expected: 2)).Value;

        Assert.Equal(new FolderDeletedDto(Folder.Id, "Sinistre auto", 2, 1, 1, 2), deleted);
        Assert.Equal(Now, Folder.DeletedAt);
        Assert.Null(await Store.FindAsync(new FolderByIdSpec(Folder.Id), Ct));
        Assert.Equal(kept, Assert.Single(Store.Documents));
        Assert.True(await Blobs.ExistsAsync(kept.Sha256, Ct));
        Assert.False(await Blobs.ExistsAsync(other.Sha256, Ct));
        Assert.False(await Blobs.ExistsAsync(archive.Id, Ct));
        Assert.Empty(Store.Purges);
        Assert.Empty(Store.Grants);
        Assert.Equal((Now, Now, (DateTimeOffset?)null), (open.CancelledAt, alsoOpen.CancelledAt, overdue.CancelledAt));
        Assert.Equal(((DateTimeOffset?)Now, (Guid?)AgentId, (string?)null), (usable.RevokedAt, usable.RevokedBy, usable.ArchiveBlobId));
        Assert.Null(expired.RevokedAt);
        var line = Assert.Single(Store.Journal);
        Assert.Equal((JournalKind.FolderDeleted, Folder.Id, (Guid?)AgentId, Now), (line.Kind, line.FolderId, line.ActorId, line.At));
        Assert.Equal(
            new Dictionary<string, string> { ["name"] = "Sinistre auto", ["count"] = "2", ["links"] = "1", ["grants"] = "1", ["requests"] = "2", ["by"] = "agent1@demo.test" },
            line.Values);
        Assert.Equal((1, 0), (Store.Commits, Store.RollBacks));
    }

    [Fact]
    public async Task When_identity_cannot_say_who_the_agent_is_the_folder_goes_and_the_journal_leaves_the_name_blank()
    {
        _identity = AccountUnavailable();

        Assert.True((await Delete(Agent, Folder.Id)).IsSuccess);

        Assert.Equal(("", (Guid?)AgentId), (Assert.Single(Store.Journal).Values!["by"], Assert.Single(Store.Journal).ActorId));
    }

    [Fact]
    public async Task A_folder_whose_documents_changed_since_the_page_was_shown_says_how_many_it_holds_now_and_stays()
    {
        var document = await StoredDocumentAsync(Folder);

        var changed = (await Delete(Agent, Folder.Id, expected: 0)).Error!;

        Assert.Equal(("folder-changed", (object?)1), (changed.Code, changed.Arguments[0]));
        Assert.Null(Folder.DeletedAt);
        Assert.Equal(document, Assert.Single(Store.Documents));
        Assert.True(await Blobs.ExistsAsync(document.Sha256, Ct));
        Assert.Empty(Store.Journal);
        Assert.Equal((0, 1), (Store.Commits, Store.RollBacks));
    }

    [Fact]
    public async Task A_failed_save_keeps_the_documents_and_their_bytes()
    {
        var document = await StoredDocumentAsync(Folder);
        Store.RefuseNextSave = VaultErrors.FolderNotFound;

        Assert.Same(VaultErrors.FolderNotFound, (await Delete(Agent, Folder.Id)).Error);

        Assert.Equal(document, Assert.Single(Store.Documents));
        Assert.True(await Blobs.ExistsAsync(document.Sha256, Ct));
        Assert.Empty(Store.Purges);
        Assert.Empty(Store.Journal);
    }

    [Fact]
    public async Task A_home_page_another_organisations_folder_a_deleted_one_or_one_the_caller_only_reads_stays()
    {
        var home = Modular.Vault.Domain.Folders.Folder.CreateHomePage(Organisation, StoredPerson().Id, "Alain Dupont", AgentId, Now);
        Store.Folders.Add(home);
        var elsewhere = StoredFolder("Autre cabinet", organisation: Guid.NewGuid());
        var published = StoredFolder("Publications", isPublic: true);

        Assert.Same(VaultErrors.FolderIsHomePage, (await Delete(Agent, home.Id)).Error);
        Assert.Same(VaultErrors.FolderNotFound, (await Delete(Agent, elsewhere.Id)).Error);
        Assert.Same(VaultErrors.FolderNotManaged, (await Delete(InvitedPerson(), published.Id)).Error);
        Assert.True((await Delete(Agent, Folder.Id)).IsSuccess);
        Assert.Same(VaultErrors.FolderNotFound, (await Delete(Agent, Folder.Id)).Error);

        Assert.All(Store.Folders.Where(f => f.Id != Folder.Id), f => Assert.Null(f.DeletedAt));
        Assert.Single(Store.Journal);
    }
}
