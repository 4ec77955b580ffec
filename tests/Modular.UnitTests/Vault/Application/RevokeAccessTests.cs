using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Access.RevokeAccess;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;

namespace Modular.UnitTests.Vault.Application;

/// <summary>« Retirer l'accès »: a right on a folder goes; the journal names the person, or the client by the id people know.</summary>
public sealed class RevokeAccessTests : VaultUseCaseTests
{
    private OtherModules _identity = new OtherModules().Answer<ListOrganisationApiClientsQuery, Result<IReadOnlyList<ApiClientReferenceDto>>>(
        _ => new[] { new ApiClientReferenceDto("server-id-of-gestion", "gestion", "Logiciel de gestion", Organisation) });

    private Task<Result> Revoke(Guid grantId, Caller? caller = null) =>
        new RevokeAccessCommandHandler(Store, _identity, caller ?? Agent, Clock).Handle(new RevokeAccessCommand(grantId), Ct);

    private AccessGrant Stored(AccessGrant grant)
    {
        Store.Grants.Add(grant);
        return grant;
    }

    [Fact]
    public async Task A_persons_right_goes_and_the_journal_names_them()
    {
        var person = StoredPerson();
        var grant = Stored(AccessGrant.ForPerson(Organisation, Folder.Id, person.Id, AccessLevel.Write, AgentId, Now.AddDays(-1)));

        Assert.True((await Revoke(grant.Id)).IsSuccess);

        Assert.Empty(Store.Grants);
        var line = Assert.Single(Store.Journal);
        Assert.Equal((JournalKind.AccessRevoked, Folder.Id, (Guid?)AgentId, Now, "DUPONT Alain"), (line.Kind, line.FolderId, line.ActorId, line.At, line.Values!["person"]));
        Assert.False(line.Values.ContainsKey(JournalEntry.VariantKey));
    }

    [Fact]
    public async Task A_clients_right_goes_and_the_journal_names_it_by_its_client_id_or_what_is_left_of_it()
    {
        var known = Stored(AccessGrant.ForClient(Organisation, Folder.Id, "server-id-of-gestion", AccessLevel.Read, AgentId, Now.AddDays(-1)));
        var deleted = Stored(AccessGrant.ForClient(Organisation, Folder.Id, "server-id-of-supprime", AccessLevel.Read, AgentId, Now.AddDays(-1)));

        Assert.True((await Revoke(known.Id)).IsSuccess);
        Assert.True((await Revoke(deleted.Id)).IsSuccess);

        Assert.Empty(Store.Grants);
        Assert.Equal(
            [("gestion", "client"), ("server-id-of-supprime", "client")],
            Store.Journal.Select(l => (l.Values!["client"], l.Values[JournalEntry.VariantKey])));
    }

    [Fact]
    public async Task A_client_right_goes_even_when_identity_cannot_say_which_client_it_was()
    {
        var grant = Stored(AccessGrant.ForClient(Organisation, Folder.Id, "server-id-of-gestion", AccessLevel.Read, AgentId, Now.AddDays(-1)));
        _identity = new OtherModules().Answer<ListOrganisationApiClientsQuery, Result<IReadOnlyList<ApiClientReferenceDto>>>(_ => VaultErrors.NoOrganisation);

        Assert.True((await Revoke(grant.Id)).IsSuccess);

        Assert.Empty(Store.Grants);
        Assert.Equal("server-id-of-gestion", Assert.Single(Store.Journal).Values!["client"]);
    }

    [Fact]
    public async Task Another_organisations_right_or_an_unknown_one_is_not_found_and_stays()
    {
        var elsewhere = Stored(AccessGrant.ForPerson(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), AccessLevel.Read, AgentId, Now));
        var mine = Stored(AccessGrant.ForPerson(Organisation, Folder.Id, StoredPerson().Id, AccessLevel.Read, AgentId, Now));

        Assert.Same(VaultErrors.GrantNotFound, (await Revoke(elsewhere.Id)).Error);
        Assert.Same(VaultErrors.GrantNotFound, (await Revoke(Guid.NewGuid())).Error);
        Assert.Same(VaultErrors.GrantNotFound, (await Revoke(mine.Id, new Caller(AgentId, null))).Error);

        Assert.Equal(2, Store.Grants.Count);
        Assert.Empty(Store.Journal);
    }
}
