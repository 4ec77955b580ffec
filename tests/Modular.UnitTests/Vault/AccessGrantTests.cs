using Modular.Vault.Domain.Access;

namespace Modular.UnitTests.Vault;

public sealed class AccessGrantTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static AccessGrant ForPerson(AccessLevel level) =>
        AccessGrant.ForPerson(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), level, Guid.NewGuid(), Now);

    private static AccessGrant ForClient(AccessLevel level) =>
        AccessGrant.ForClient(Guid.NewGuid(), Guid.NewGuid(), "app-1", level, Guid.NewGuid(), Now);

    [Theory]
    [InlineData((int)AccessLevel.Read)]
    [InlineData((int)AccessLevel.Write)]
    [InlineData((int)AccessLevel.Manage)]
    public void A_person_is_given_the_level_asked_for(int level)
    {
        var grant = ForPerson((AccessLevel)level);

        Assert.Equal((AccessLevel)level, grant.Level);
        Assert.False(grant.IsForClient);
    }

    [Theory]
    [InlineData((int)AccessLevel.Read, (int)AccessLevel.Read)]
    [InlineData((int)AccessLevel.Write, (int)AccessLevel.Write)]
    [InlineData((int)AccessLevel.Manage, (int)AccessLevel.Write)]
    public void An_api_client_reads_or_uploads_but_never_manages(int asked, int given)
    {
        var grant = ForClient((AccessLevel)asked);

        Assert.Equal((AccessLevel)given, grant.Level);
        Assert.True(grant.IsForClient);
        Assert.Equal("app-1", grant.ClientApplicationId);
    }

    [Theory]
    [InlineData((int)AccessLevel.None)]
    [InlineData(4)]
    public void A_grant_gives_at_least_read_access(int level)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => ForPerson((AccessLevel)level));

        Assert.Equal("level", refused.ParamName);
        Assert.StartsWith("A grant gives at least read access.", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ForClient((AccessLevel)level));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void A_client_grant_names_its_client(string? client) =>
        Assert.ThrowsAny<ArgumentException>(() => AccessGrant.ForClient(Guid.NewGuid(), Guid.NewGuid(), client!, AccessLevel.Read, Guid.NewGuid(), Now));

    [Theory]
    [InlineData((int)AccessLevel.Manage, (int)AccessLevel.Read)]
    [InlineData((int)AccessLevel.Read, (int)AccessLevel.Manage)]
    [InlineData((int)AccessLevel.Read, (int)AccessLevel.Write)]
    public void A_persons_level_changes_to_the_one_asked_for_by_whom_and_when(int from, int to)
    {
        var grant = ForPerson((AccessLevel)from);
        var agent = Guid.NewGuid();

        grant.Change((AccessLevel)to, agent, Now.AddDays(1));

        Assert.Equal((AccessLevel)to, grant.Level);
        Assert.Equal(agent, grant.GrantedBy);
        Assert.Equal(Now.AddDays(1), grant.GrantedAt);
    }

    [Fact]
    public void A_clients_level_changes_to_read_but_not_to_manage()
    {
        var grant = ForClient(AccessLevel.Write);

        grant.Change(AccessLevel.Read, Guid.NewGuid(), Now);
        Assert.Equal(AccessLevel.Read, grant.Level);

        grant.Change(AccessLevel.Manage, Guid.NewGuid(), Now);
        Assert.Equal(AccessLevel.Write, grant.Level);
    }

    [Fact]
    public void A_change_to_no_access_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ForPerson(AccessLevel.Read).Change(AccessLevel.None, Guid.NewGuid(), Now));

    [Fact]
    public void A_grant_made_by_typed_client_id_is_resolved_to_the_client_it_was_found_to_be()
    {
        var grant = ForClient(AccessLevel.Read).With(nameof(AccessGrant.LegacyClientId), "typed-id");

        grant.ResolveClient("app-2");

        Assert.Equal("app-2", grant.ClientApplicationId);
        Assert.Null(grant.LegacyClientId);
    }

    [Fact]
    public void A_grant_is_resolved_to_a_named_client_only()
    {
        var grant = ForClient(AccessLevel.Read).With(nameof(AccessGrant.LegacyClientId), "typed-id");

        Assert.ThrowsAny<ArgumentException>(() => grant.ResolveClient(" "));
        Assert.Equal("typed-id", grant.LegacyClientId);
        Assert.Equal("app-1", grant.ClientApplicationId);
    }

    [Fact]
    public void Only_a_grant_made_by_typed_client_id_is_resolved()
    {
        var grant = ForClient(AccessLevel.Read);

        var refused = Assert.Throws<InvalidOperationException>(() => grant.ResolveClient("app-2"));

        Assert.Equal("Only a grant made by typed client id is resolved.", refused.Message);
        Assert.Equal("app-1", grant.ClientApplicationId);
    }
}
