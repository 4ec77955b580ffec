using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Access;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// Giving a person a right on a folder: a grant added or changed with its journal line, the person
/// told when they have an account, and nothing stored for what they already have.
/// </summary>
public sealed class AccessGrantsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Guid Cabinet = Guid.NewGuid();
    private static readonly Guid Agent = Guid.NewGuid();

    private readonly InMemoryVaultStore _store = new();
    private readonly AccessGrants _grants;

    public AccessGrantsTests() => _grants = new AccessGrants(_store, new PublicLinks());

    private static Folder Folder(bool isPublic = false) => Modular.Vault.Domain.Folders.Folder.Create(Cabinet, "Sinistre auto", isPublic, Agent, Now).Value;

    private static Person Person(Guid? account)
    {
        var person = Modular.Vault.Domain.People.Person.Create(
            Cabinet, "Cabinet Démo", new PersonDetails("Dupont", "Alain", null, "alain@example.fr", null, null, null, null, null, null), Agent, Now).Value;
        if (account is { } userId)
        {
            person.LinkAccount(userId);
        }

        return person;
    }

    [Fact]
    public async Task A_new_right_is_granted_journaled_and_told_to_the_person_with_an_account()
    {
        var folder = Folder();
        var account = Guid.NewGuid();
        var person = Person(account);

        Assert.True((await _grants.GiveAsync(folder, person, AccessLevel.Write, Agent, Now, Ct)).IsSuccess);

        var grant = Assert.Single(_store.Pending.OfType<AccessGrant>());
        Assert.Equal((Cabinet, folder.Id, (Guid?)person.Id, AccessLevel.Write, Agent, Now), (grant.OrganisationId, grant.FolderId, grant.PersonId, grant.Level, grant.GrantedBy, grant.GrantedAt));
        var line = Assert.Single(_store.Pending.OfType<JournalEntry>());
        Assert.Equal((JournalKind.AccessGranted, Agent, "DUPONT Alain", "Write"), (line.Kind, line.ActorId, line.Values!["person"], line.Values["level"]));
        var told = Assert.Single(_store.Pending.OfType<FolderOpenedIntegrationEvent>());
        Assert.Equal(
            (folder.Id, Cabinet, "Sinistre auto", account, FolderAccessLevel.Write, $"https://modular.example/vault.guest-folder/{folder.Id}", Now),
            (told.FolderId, told.OrganisationId, told.FolderName, told.PersonUserId, told.Level, told.FolderUrl, told.OccurredAt));
        Assert.Equal(0, _store.Saves);
    }

    [Fact]
    public async Task A_person_without_an_account_is_granted_without_being_told()
    {
        Assert.True((await _grants.GiveAsync(Folder(), Person(null), AccessLevel.Manage, Agent, Now, Ct)).IsSuccess);

        Assert.Equal(AccessLevel.Manage, Assert.Single(_store.Pending.OfType<AccessGrant>()).Level);
        Assert.Empty(_store.Pending.OfType<FolderOpenedIntegrationEvent>());
    }

    [Fact]
    public async Task Reading_a_public_folder_needs_no_grant_but_writing_to_it_does()
    {
        var folder = Folder(isPublic: true);
        var person = Person(Guid.NewGuid());

        Assert.True((await _grants.GiveAsync(folder, person, AccessLevel.Read, Agent, Now, Ct)).IsSuccess);
        Assert.Empty(_store.Pending);

        Assert.True((await _grants.GiveAsync(folder, person, AccessLevel.Write, Agent, Now, Ct)).IsSuccess);
        Assert.Equal(AccessLevel.Write, Assert.Single(_store.Pending.OfType<AccessGrant>()).Level);
    }

    [Fact]
    public async Task An_existing_grant_is_changed_and_journaled_only_when_the_level_differs()
    {
        var folder = Folder(isPublic: true);
        var person = Person(Guid.NewGuid());
        var grant = AccessGrant.ForPerson(Cabinet, folder.Id, person.Id, AccessLevel.Write, Agent, Now.AddDays(-1));
        _store.Grants.Add(grant);
        var later = Now.AddHours(1);

        Assert.True((await _grants.GiveAsync(folder, person, AccessLevel.Write, Agent, later, Ct)).IsSuccess);
        Assert.Empty(_store.Pending);

        Assert.True((await _grants.GiveAsync(folder, person, AccessLevel.Read, Agent, later, Ct)).IsSuccess);
        Assert.Equal((AccessLevel.Read, later), (grant.Level, grant.GrantedAt));
        Assert.Empty(_store.Pending.OfType<AccessGrant>());
        var line = Assert.Single(_store.Pending.OfType<JournalEntry>());
        Assert.Equal((JournalKind.AccessChanged, "DUPONT Alain", "Read"), (line.Kind, line.Values!["person"], line.Values["level"]));
        Assert.Equal(FolderAccessLevel.Read, Assert.Single(_store.Pending.OfType<FolderOpenedIntegrationEvent>()).Level);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public async Task No_access_or_an_unknown_level_is_refused(int level)
    {
        Assert.Same(VaultErrors.LevelInvalid, (await _grants.GiveAsync(Folder(), Person(Guid.NewGuid()), (AccessLevel)level, Agent, Now, Ct)).Error);
        Assert.Empty(_store.Pending);
    }
}
