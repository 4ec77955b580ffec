using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Access;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// The one place that decides who may do what in a folder: agents manage their organisation's
/// folders, an invited person reads the public ones, writes to their home page and has what they
/// were granted, an API client has its grants in its own organisation, and anyone else does not
/// see the folder at all.
/// </summary>
public sealed class FolderAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Guid Cabinet = Guid.NewGuid();
    private static readonly Guid OtherCabinet = Guid.NewGuid();
    private static readonly Guid AgentId = Guid.NewGuid();
    private static readonly Guid ClientUser = Guid.NewGuid();
    private static readonly string[] Agent = [VaultScopes.AgentRole];

    private readonly InMemoryVaultStore _store = new();

    private Folder Folder(string name, bool isPublic = false, Guid? organisation = null)
    {
        var folder = Modular.Vault.Domain.Folders.Folder.Create(organisation ?? Cabinet, name, isPublic, AgentId, Now).Value;
        _store.Folders.Add(folder);
        return folder;
    }

    private Person Person(Guid userId, Guid? organisation = null)
    {
        var person = Modular.Vault.Domain.People.Person.Create(
            organisation ?? Cabinet, "Cabinet Démo", new PersonDetails("Dupont", "Alain", null, "alain@example.fr", null, null, null, null, null, null), AgentId, Now).Value;
        person.LinkAccount(userId);
        _store.People.Add(person);
        return person;
    }

    private Folder HomePage(Person person)
    {
        var home = Modular.Vault.Domain.Folders.Folder.CreateHomePage(person.OrganisationId, person.Id, "Alain Dupont", AgentId, Now);
        _store.Folders.Add(home);
        return home;
    }

    private void Grant(Folder folder, Person person, AccessLevel level) =>
        _store.Grants.Add(AccessGrant.ForPerson(folder.OrganisationId, folder.Id, person.Id, level, AgentId, Now));

    private Document Document(Folder folder)
    {
        var document = Modular.Vault.Domain.Documents.Document.Create(folder.Id, folder.OrganisationId, DocumentFileName.Parse("attestation.pdf").Value, "application/pdf", 10, new string('a', 64), AgentId, Now);
        _store.Documents.Add(document);
        return document;
    }

    private FolderAccess For(Caller caller, OtherModules? identity = null) => new(_store, caller, identity ?? new OtherModules());

    private static Caller AgentOf(Guid organisation) => new(AgentId, organisation, roles: Agent);

    private static OtherModules ApiClient(Guid? organisation) => new OtherModules().Answer<FindApiClientQuery, Result<ApiClientReferenceDto>>(
        q => new ApiClientReferenceDto("server-id-of-" + q.ClientId, q.ClientId, "Logiciel de gestion", organisation));

    private async Task<AccessLevel> Level(Caller caller, Folder folder, OtherModules? identity = null) => await For(caller, identity).LevelAsync(folder, Ct);

    [Fact]
    public async Task An_agent_manages_every_folder_of_their_organisation_without_reading_people_or_grants()
    {
        var folder = Folder("Sinistre auto");

        var found = await For(AgentOf(Cabinet)).RequireAsync(folder.Id, AccessLevel.Manage, Ct);

        Assert.Equal((folder, AccessLevel.Manage), found.Value);
        Assert.False(_store.Lookups.ContainsKey(typeof(Person)));
        Assert.False(_store.Lookups.ContainsKey(typeof(AccessGrant)));
    }

    [Fact]
    public async Task An_agent_of_another_organisation_or_a_member_without_the_agent_role_does_not_see_the_folder()
    {
        var folder = Folder("Sinistre auto", isPublic: true);

        Assert.Equal(AccessLevel.None, await Level(AgentOf(OtherCabinet), folder));
        Assert.Equal(AccessLevel.None, await Level(new Caller(AgentId, Cabinet), folder));
        Assert.Same(VaultErrors.FolderNotFound, (await For(AgentOf(OtherCabinet)).RequireAsync(folder.Id, AccessLevel.Read, Ct)).Error);
    }

    [Fact]
    public async Task An_unknown_folder_is_not_found_whoever_asks()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => For(AgentOf(Cabinet)).LevelAsync(null!, Ct));
        Assert.Same(VaultErrors.FolderNotFound, (await For(AgentOf(Cabinet)).RequireAsync(Guid.NewGuid(), AccessLevel.Read, Ct)).Error);
    }

    [Fact]
    public async Task An_invited_person_reads_public_folders_only_and_is_told_what_they_cannot_do()
    {
        var user = Guid.NewGuid();
        Person(user);
        var published = Folder("Publications", isPublic: true);
        var closed = Folder("Sinistre auto");
        var access = For(new Caller(user, null));

        Assert.Equal(AccessLevel.Read, (await access.RequireAsync(published.Id, AccessLevel.Read, Ct)).Value.Level);
        Assert.Same(VaultErrors.FolderReadOnly, (await access.RequireAsync(published.Id, AccessLevel.Write, Ct)).Error);
        Assert.Same(VaultErrors.FolderNotManaged, (await access.RequireAsync(published.Id, AccessLevel.Manage, Ct)).Error);
        Assert.Same(VaultErrors.FolderNotFound, (await access.RequireAsync(closed.Id, AccessLevel.Read, Ct)).Error);
    }

    [Fact]
    public async Task A_person_writes_to_their_own_home_page_only()
    {
        var user = Guid.NewGuid();
        var home = HomePage(Person(user));
        var someoneElses = HomePage(Person(Guid.NewGuid()));

        Assert.Equal(AccessLevel.Write, await Level(new Caller(user, null), home));
        Assert.Equal(AccessLevel.None, await Level(new Caller(user, null), someoneElses));
    }

    [Fact]
    public async Task A_grant_raises_a_persons_level_and_never_lowers_it()
    {
        var user = Guid.NewGuid();
        var person = Person(user);
        var closed = Folder("Sinistre auto");
        var published = Folder("Publications", isPublic: true);
        var home = HomePage(person);
        var other = Folder("Contrats");
        Grant(closed, person, AccessLevel.Write);
        Grant(published, person, AccessLevel.Read);
        Grant(home, person, AccessLevel.Manage);
        Grant(other, Person(Guid.NewGuid()), AccessLevel.Manage);
        var caller = new Caller(user, null);

        Assert.Equal(AccessLevel.Write, await Level(caller, closed));
        Assert.Equal(AccessLevel.Read, await Level(caller, published));
        Assert.Equal(AccessLevel.Manage, await Level(caller, home));
        Assert.Equal(AccessLevel.None, await Level(caller, other));
    }

    [Fact]
    public async Task A_person_of_another_organisation_does_not_see_this_ones_public_folders()
    {
        var user = Guid.NewGuid();
        Person(user, OtherCabinet);

        Assert.Equal(AccessLevel.None, await Level(new Caller(user, null), Folder("Publications", isPublic: true)));
    }

    [Fact]
    public async Task An_api_client_has_its_grants_in_its_own_organisation_only_looked_up_once()
    {
        var folder = Folder("Sinistre auto");
        var elsewhere = Folder("Sinistre auto", organisation: OtherCabinet);
        _store.Grants.Add(AccessGrant.ForClient(Cabinet, folder.Id, "server-id-of-gestion", AccessLevel.Write, AgentId, Now));
        _store.Grants.Add(AccessGrant.ForClient(OtherCabinet, elsewhere.Id, "server-id-of-gestion", AccessLevel.Write, AgentId, Now));
        var identity = ApiClient(Cabinet);
        var access = For(new Caller(null, null, clientId: "gestion"), identity);

        Assert.Equal(AccessLevel.Write, await access.LevelAsync(folder, Ct));
        Assert.Equal(AccessLevel.None, await access.LevelAsync(elsewhere, Ct));
        Assert.Equal(AccessLevel.None, await access.LevelAsync(Folder("Contrats"), Ct));
        Assert.Equal("gestion", Assert.IsType<FindApiClientQuery>(Assert.Single(identity.Sent)).ClientId);
    }

    [Fact]
    public async Task A_client_that_no_longer_exists_or_a_caller_with_no_one_behind_it_sees_nothing()
    {
        var folder = Folder("Publications", isPublic: true);
        _store.Grants.Add(AccessGrant.ForClient(Cabinet, folder.Id, "server-id-of-gestion", AccessLevel.Read, AgentId, Now));
        var gone = new OtherModules().Answer<FindApiClientQuery, Result<ApiClientReferenceDto>>(_ => Error.NotFound("client-not-found", "non"));

        Assert.Equal(AccessLevel.None, await Level(new Caller(null, null, clientId: "gestion"), folder, gone));
        Assert.Equal(AccessLevel.None, await Level(new Caller(null, null), folder));
        Assert.Empty((await For(new Caller(null, null, clientId: "gestion"), gone).ListAsync(Ct)));
        Assert.Empty((await For(new Caller(null, Cabinet, roles: Agent)).ListAsync(Ct)));
    }

    [Fact]
    public async Task An_agents_documents_are_found_without_reading_their_folder()
    {
        var document = Document(Folder("Sinistre auto"));

        var found = await For(AgentOf(Cabinet)).RequireDocumentAsync(document.Id, AccessLevel.Manage, Ct);

        Assert.Same(document, found.Value);
        Assert.False(_store.Lookups.ContainsKey(typeof(Folder)));
    }

    [Fact]
    public async Task A_document_is_found_only_in_its_folder_and_by_whoever_reaches_that_folder()
    {
        var user = Guid.NewGuid();
        Person(user);
        var published = Folder("Publications", isPublic: true);
        var document = Document(published);
        var hidden = Document(Folder("Sinistre auto"));
        var person = For(new Caller(user, null));

        Assert.Same(document, (await person.RequireDocumentAsync(document.Id, AccessLevel.Read, Ct, inFolder: published.Id)).Value);
        Assert.Same(VaultErrors.DocumentNotFound, (await For(AgentOf(Cabinet)).RequireDocumentAsync(document.Id, AccessLevel.Read, Ct, inFolder: Guid.NewGuid())).Error);
        Assert.Same(VaultErrors.DocumentNotFound, (await person.RequireDocumentAsync(Guid.NewGuid(), AccessLevel.Read, Ct)).Error);
        Assert.Same(VaultErrors.DocumentNotFound, (await person.RequireDocumentAsync(hidden.Id, AccessLevel.Read, Ct)).Error);
        Assert.Same(VaultErrors.FolderReadOnly, (await person.RequireDocumentAsync(document.Id, AccessLevel.Write, Ct)).Error);
        Assert.Same(VaultErrors.DocumentNotFound, (await For(AgentOf(OtherCabinet)).RequireDocumentAsync(document.Id, AccessLevel.Read, Ct)).Error);
    }

    [Fact]
    public async Task An_agent_lists_the_organisations_folders_but_no_home_page()
    {
        var b = Folder("beta");
        var a = Folder("Alpha");
        HomePage(Person(Guid.NewGuid()));
        Folder("Ailleurs", organisation: OtherCabinet);

        var listed = await For(AgentOf(Cabinet)).ListAsync(Ct);

        Assert.Equal([(a, AccessLevel.Manage), (b, AccessLevel.Manage)], listed);
        Assert.Empty(await For(new Caller(AgentId, Cabinet)).ListAsync(Ct));
    }

    [Fact]
    public async Task A_person_lists_home_pages_first_then_by_name_each_at_their_highest_level()
    {
        var user = Guid.NewGuid();
        var here = Person(user);
        var there = Person(user, OtherCabinet);
        var home = HomePage(here);
        var zeta = Folder("zeta", isPublic: true);
        var alpha = Folder("Alpha", isPublic: true, organisation: OtherCabinet);
        var granted = Folder("Contrats");
        var lowered = Folder("Beta", isPublic: true);
        Folder("Sinistre auto");
        Grant(granted, here, AccessLevel.Write);
        Grant(zeta, here, AccessLevel.Manage);
        Grant(home, here, AccessLevel.Read);
        Grant(alpha, there, AccessLevel.Read);

        var listed = await For(new Caller(user, null)).ListAsync(Ct);

        Assert.Equal(
            [(home, AccessLevel.Write), (alpha, AccessLevel.Read), (lowered, AccessLevel.Read), (granted, AccessLevel.Write), (zeta, AccessLevel.Manage)],
            listed);
    }

    [Fact]
    public async Task An_agent_invited_elsewhere_lists_both_and_their_own_organisation_only_as_an_agent()
    {
        var here = Person(AgentId);
        HomePage(here);
        var mine = Folder("Sinistre auto");
        Person(AgentId, OtherCabinet);
        var theirs = Folder("Publications", isPublic: true, organisation: OtherCabinet);

        var listed = await For(AgentOf(Cabinet)).ListAsync(Ct);

        Assert.Equal([(theirs, AccessLevel.Read), (mine, AccessLevel.Manage)], listed);
    }

    [Fact]
    public async Task A_person_with_no_grant_lists_no_granted_folder_and_a_client_lists_its_grants()
    {
        var user = Guid.NewGuid();
        Person(user);
        var folder = Folder("Sinistre auto");
        var elsewhere = Folder("Contrats", organisation: OtherCabinet);
        _store.Grants.Add(AccessGrant.ForClient(Cabinet, folder.Id, "server-id-of-gestion", AccessLevel.Write, AgentId, Now));
        _store.Grants.Add(AccessGrant.ForClient(OtherCabinet, elsewhere.Id, "server-id-of-gestion", AccessLevel.Read, AgentId, Now));

        Assert.Empty(await For(new Caller(user, null)).ListAsync(Ct));
        Assert.Equal([(folder, AccessLevel.Write)], await For(new Caller(null, null, clientId: "gestion"), ApiClient(Cabinet)).ListAsync(Ct));
        Assert.Empty(await For(new Caller(null, null, clientId: "gestion"), ApiClient(null)).ListAsync(Ct));
    }
}
