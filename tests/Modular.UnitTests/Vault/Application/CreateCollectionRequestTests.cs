using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Collections.CreateCollectionRequest;
using Modular.Vault.Application.Links;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Folders;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// « Collecter des documents »: a person of the directory is asked by email for the expected
/// documents, through an upload-only link into one of the organisation's folders; the journal says
/// how many, from whom. Whatever is refused asks nobody.
/// </summary>
public sealed class CreateCollectionRequestTests : VaultUseCaseTests
{
    private static readonly DateOnly InTenDays = DateOnly.FromDateTime(Now.AddDays(10).UtcDateTime);

    private OtherModules _identity = AgentAccount();

    private Task<Result<CollectionLinkDto>> Create(Guid folderId, Guid personId, IReadOnlyList<string?> items, DateOnly? deadline, string? message = null, Caller? caller = null) =>
        new CreateCollectionRequestCommandHandler(Store, caller ?? Agent, _identity, new PublicLinks(), new VisibleSecrets(), Clock)
            .Handle(new CreateCollectionRequestCommand(folderId, personId, items, deadline, message, "en-GB"), Ct);

    [Fact]
    public async Task The_person_is_emailed_the_link_and_the_list_and_the_journal_says_how_many_from_whom()
    {
        var person = StoredPerson();

        var created = (await Create(Folder.Id, person.Id, [" Carte grise ", "Permis de conduire"], InTenDays, "  Merci d'avance.  ")).Value;

        var request = Assert.Single(Store.CollectionRequests);
        Assert.Equal((request.Id, true), (created.Id, created.Emailed));
        Assert.StartsWith("https://modular.example/vault.collection-depot/", created.Url, StringComparison.Ordinal);
        Assert.Equal(LinkTokens.HashOf(created.Url[(created.Url.LastIndexOf('/') + 1)..]), request.TokenHash);
        Assert.Equal(
            (Organisation, "Cabinet Démo", Folder.Id, AgentId, "agent1@demo.test", InTenDays, "Merci d'avance."),
            (request.OrganisationId, request.OrganisationName, request.FolderId, request.CreatedBy, request.CreatedByEmail, request.Deadline, request.Message));
        Assert.Equal(["Carte grise", "Permis de conduire"], request.Items);
        var line = Assert.Single(Store.Journal);
        Assert.Equal(
            (JournalKind.CollectionRequested, Folder.Id, (Guid?)AgentId, Now, "2", request.PersonName),
            (line.Kind, line.FolderId, line.ActorId, line.At, line.Values!["count"], line.Values["person"]));
        var email = Assert.IsType<CollectionEmailIntegrationEvent>(Assert.Single(Store.Outbox));
        Assert.Equal(
            (request.Id, CollectionEmail.Request, "en", "Cabinet Démo", "Antoine Agent", "alain@example.fr", InTenDays, "protected:" + created.Url),
            (email.RequestId, email.Email, email.Language, email.OrganisationName, email.SenderName, email.RecipientEmail, email.Deadline, email.ProtectedUrl));
        Assert.Equal(["Carte grise", "Permis de conduire"], email.MissingItems);
        Assert.Equal(1, Store.Saves);
    }

    [Fact]
    public async Task When_identity_cannot_say_who_the_agent_is_the_person_is_asked_without_their_names()
    {
        var person = StoredPerson();
        _identity = AccountUnavailable();

        Assert.True((await Create(Folder.Id, person.Id, ["Carte grise"], InTenDays)).IsSuccess);

        var request = Assert.Single(Store.CollectionRequests);
        Assert.Equal(("", null), (request.OrganisationName, request.CreatedByEmail));
        var email = Assert.IsType<CollectionEmailIntegrationEvent>(Assert.Single(Store.Outbox));
        Assert.Equal(("", ""), (email.OrganisationName, email.SenderName));
    }

    [Fact]
    public async Task A_refused_request_says_why_and_asks_nobody()
    {
        var person = StoredPerson();
        var withoutEmail = StoredPerson(email: null);
        var elsewhere = StoredFolder("Autre cabinet", organisation: Guid.NewGuid());

        Assert.Same(VaultErrors.NoOrganisation, (await Create(Folder.Id, person.Id, ["Carte grise"], InTenDays, caller: new Caller(AgentId, null))).Error);
        Assert.Same(VaultErrors.FolderNotFound, (await Create(elsewhere.Id, person.Id, ["Carte grise"], InTenDays)).Error);
        Assert.Same(VaultErrors.PersonNotFound, (await Create(Folder.Id, Guid.NewGuid(), ["Carte grise"], InTenDays)).Error);
        Assert.Same(VaultErrors.CollectionNoEmail, (await Create(Folder.Id, withoutEmail.Id, ["Carte grise"], InTenDays)).Error);
        Assert.Same(VaultErrors.CollectionDeadlinePast, (await Create(Folder.Id, person.Id, ["Carte grise"], DateOnly.FromDateTime(Now.UtcDateTime))).Error);
        Assert.Same(VaultErrors.CollectionDeadlinePast, (await Create(Folder.Id, person.Id, ["Carte grise"], null)).Error);
        Store.Folders.Remove(Folder);
        Assert.Same(VaultErrors.FolderNotFound, (await Create(Folder.Id, person.Id, ["Carte grise"], InTenDays)).Error);

        Assert.Empty(Store.CollectionRequests);
        Assert.Empty(Store.Journal);
        Assert.Empty(Store.Outbox);
        Assert.Equal(0, Store.Saves);
    }

    [Fact]
    public async Task A_failed_save_keeps_no_request_and_sends_nothing()
    {
        var person = StoredPerson();
        Store.RefuseNextSave = VaultErrors.FolderNotFound;

        Assert.Same(VaultErrors.FolderNotFound, (await Create(Folder.Id, person.Id, ["Carte grise"], InTenDays)).Error);

        Assert.Empty(Store.CollectionRequests);
        Assert.Empty(Store.Outbox);
    }
}
