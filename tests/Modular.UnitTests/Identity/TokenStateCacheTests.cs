using Modular.Identity.Infrastructure.OpenIdConnect.TokenStates;
using Modular.Tests.Shared;

namespace Modular.UnitTests.Identity;

/// <summary>
/// The API's token states are kept a few seconds, and any change to a token or an authorization
/// seen by this Host makes every kept state stale, even one read while the change was being made.
/// </summary>
public sealed class TokenStateCacheTests
{
    private static readonly TokenState Valid = new(null, null, "authorization-1", "token-1", "access_token", null);

    [Fact]
    public void A_state_is_kept_for_its_lifetime_then_read_again()
    {
        var clock = new AdjustableClock();
        var cache = new TokenStateCache(TimeSpan.FromSeconds(5), clock);

        cache.Keep("token-1", Valid, cache.Generation);
        clock.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Same(Valid, cache.Find("token-1"));

        clock.Advance(TimeSpan.FromSeconds(0.2));
        Assert.Null(cache.Find("token-1"));
    }

    [Fact]
    public void A_change_to_any_token_or_authorization_makes_every_state_stale()
    {
        var cache = new TokenStateCache(TimeSpan.FromSeconds(5), TimeProvider.System);
        cache.Keep("token-1", Valid, cache.Generation);

        cache.Invalidate();

        Assert.Null(cache.Find("token-1"));
    }

    [Fact]
    public void A_state_read_while_a_change_was_made_is_stale_at_once()
    {
        var cache = new TokenStateCache(TimeSpan.FromSeconds(5), TimeProvider.System);
        var before = cache.Generation;

        cache.Invalidate(); // the revocation lands while the state is being read
        cache.Keep("token-1", Valid, before);

        Assert.Null(cache.Find("token-1"));
    }

    [Fact]
    public void A_state_is_not_kept_past_its_token_s_expiry_nor_at_all_with_no_lifetime()
    {
        var clock = new AdjustableClock();
        var expiring = Valid with { ExpiresAt = clock.GetUtcNow().AddSeconds(1) };
        var cache = new TokenStateCache(TimeSpan.FromSeconds(5), clock);
        cache.Keep("token-1", expiring, cache.Generation);
        clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Null(cache.Find("token-1"));

        var off = new TokenStateCache(TimeSpan.Zero, clock);
        off.Keep("token-1", Valid, off.Generation);
        Assert.Null(off.Find("token-1"));
    }

    [Theory]
    [InlineData("UPDATE \"OpenIddictTokens\" SET \"Status\" = @p0 WHERE \"Id\" = @p1 RETURNING 1;", true)]
    [InlineData("UPDATE identity.\"OpenIddictAuthorizations\" AS o SET \"Status\" = 'revoked' WHERE o.\"Subject\" = @subject", true)]
    [InlineData("DELETE FROM \"OpenIddictTokens\" WHERE \"CreationDate\" < @date", true)]
    [InlineData("INSERT INTO \"SignInTraces\" (\"Id\") VALUES (@p0);\nUPDATE \"OpenIddictTokens\" SET \"Status\" = @p1 WHERE \"Id\" = @p2;", true)]
    [InlineData("SELECT o.\"Id\" FROM \"OpenIddictTokens\" AS o LEFT JOIN \"OpenIddictApplications\" AS a ON o.\"ApplicationId\" = a.\"Id\" WHERE o.\"Id\" = @id", false)]
    [InlineData("INSERT INTO \"OpenIddictTokens\" (\"Id\") VALUES (@p0);", false)]
    [InlineData("UPDATE \"AspNetUsers\" SET \"LockoutEnd\" = @p0 WHERE \"Id\" = @p1;", false)]
    public void Only_writes_to_tokens_or_authorizations_count_as_changes(string sql, bool changes) =>
        Assert.Equal(changes, TokenStateInvalidation.Changes(sql));
}
