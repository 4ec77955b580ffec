using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Access.GrantClientAccess;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// « Donner accès à un logiciel »: an API client of the agent's own organisation gets a right on a
/// folder, or its right is changed; a client of another organisation, forged or deleted, is unknown.
/// </summary>
public sealed class GrantClientAccessTests : VaultUseCaseTests
{
    private static readonly Guid OtherCabinet = Guid.NewGuid();

    private static OtherModules Clients(params ApiClientReferenceDto[] clients) =>
        new OtherModules().Answer<ListOrganisationApiClientsQuery, Result<IReadOnlyList<ApiClientReferenceDto>>>(_ => clients);

    private static readonly OtherModules Identity = Clients(
        new ApiClientReferenceDto("server-id-of-gestion", "gestion", "Logiciel de gestion", Organisation),
        new ApiClientReferenceDto("server-id-of-autre", "autre", "Logiciel d'un autre cabinet", OtherCabinet));

    private Task<Result> Grant(string client, FolderAccessLevel level, Guid? folderId = null, Caller? caller = null, OtherModules? identity = null) =>
        new GrantClientAccessCommandHandler(Store, identity ?? Identity, caller ?? Agent, Clock).Handle(new GrantClientAccessCommand(folderId ?? Folder.Id, client, level), Ct);

    [Fact]
    public async Task The_client_gets_the_right_then_a_new_one_replaces_it_and_the_journal_says_each()
    {
        Assert.True((await Grant("server-id-of-gestion", FolderAccessLevel.Read)).IsSuccess);
        Clock.Now = Now.AddHours(1);
        Assert.True((await Grant("server-id-of-gestion", FolderAccessLevel.Write)).IsSuccess);

        var grant = Assert.Single(Store.Grants);
        Assert.Equal(
            (Organisation, Folder.Id, "server-id-of-gestion", (Guid?)null, AccessLevel.Write, AgentId, Now.AddHours(1)),
            (grant.OrganisationId, grant.FolderId, grant.ClientApplicationId, grant.PersonId, grant.Level, grant.GrantedBy, grant.GrantedAt));
        Assert.Equal(
            [(JournalKind.AccessGranted, "gestion", "Read"), (JournalKind.AccessChanged, "gestion", "Write")],
            Store.Journal.Select(l => (l.Kind, l.Values!["client"], l.Values["level"])));
        Assert.All(Store.Journal, l => Assert.Equal(("client", (Guid?)AgentId, Folder.Id), (l.Values![JournalEntry.VariantKey], l.ActorId, l.FolderId)));
    }

    [Theory]
    [InlineData(FolderAccessLevel.None)]
    [InlineData(FolderAccessLevel.Manage)]
    [InlineData((FolderAccessLevel)42)]
    public async Task Only_reading_or_reading_and_depositing_can_be_given_to_a_client(FolderAccessLevel level)
    {
        Assert.Same(VaultErrors.LevelInvalid, (await Grant("server-id-of-gestion", level)).Error);

        Assert.Empty(Store.Grants);
        Assert.Empty(Store.Journal);
    }

    [Fact]
    public async Task Another_organisations_client_an_unknown_one_or_another_organisations_folder_gets_nothing()
    {
        var elsewhere = StoredFolder("Autre cabinet", organisation: OtherCabinet);
        var failing = new OtherModules().Answer<ListOrganisationApiClientsQuery, Result<IReadOnlyList<ApiClientReferenceDto>>>(_ => VaultErrors.NoOrganisation);

        Assert.Same(VaultErrors.ApiClientNotFound, (await Grant("server-id-of-autre", FolderAccessLevel.Read)).Error);
        Assert.Same(VaultErrors.ApiClientNotFound, (await Grant("gestion", FolderAccessLevel.Read)).Error);
        Assert.Same(VaultErrors.FolderNotFound, (await Grant("server-id-of-gestion", FolderAccessLevel.Read, elsewhere.Id)).Error);
        Assert.Same(VaultErrors.FolderNotFound, (await Grant("server-id-of-gestion", FolderAccessLevel.Read, caller: new Caller(AgentId, null))).Error);
        Assert.Same(VaultErrors.NoOrganisation, (await Grant("server-id-of-gestion", FolderAccessLevel.Read, identity: failing)).Error);

        Assert.Empty(Store.Grants);
        Assert.Empty(Store.Journal);
        Assert.Equal(0, Store.Saves);
    }
}
