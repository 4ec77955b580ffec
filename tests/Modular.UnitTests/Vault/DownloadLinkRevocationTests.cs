using System.Security.Cryptography;
using System.Text;
using Modular.Vault.Domain.Links;

namespace Modular.UnitTests.Vault;

/// <summary>
/// When a link can be revoked, as the domain says it in memory and as the store's conditional
/// update reads it (<see cref="DownloadLink.RevocableAt"/>): the two never disagree.
/// </summary>
public sealed class DownloadLinkRevocationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A link in each state it can be in, made as the store leaves it (its columns set by conditional updates).</summary>
    public static TheoryData<string, string?> States => new()
    {
        { "active", null },
        { "used, session open", null },
        { "used, session over", "used" },
        { "used and downloaded, session open", null },
        { "expired", "expired" },
        { "used in time, session open after expiry", null },
        { "four wrong codes", null },
        { "locked", "locked" },
        { "revoked", "revoked" },
        { "revoked while its session was open", "revoked" },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void The_refusal_and_the_stores_rule_agree(string state, string? reason)
    {
        var link = InState(state);
        var revocable = DownloadLink.RevocableAt(Now).Compile()(link);

        Assert.Equal(reason, link.RevocationRefusal(Now)?.Reason);
        Assert.Equal(reason is null, revocable);
        if (reason is not null)
        {
            Assert.Equal("link-not-revocable", link.RevocationRefusal(Now)!.Code);
            Assert.Equal(reason, link.RevocationRefusal(Now)!.Extensions["reason"]);
        }
    }

    [Fact]
    public void A_revoked_link_refuses_every_code_as_revoked_and_its_session_is_closed()
    {
        var session = SHA256.HashData("session"u8);
        var link = InState("revoked while its session was open", session);

        Assert.Equal(DownloadLinkState.Revoked, link.StateAt(Now));
        Assert.Equal("link-revoked", link.RedemptionRefusal(Now)?.Code);
        Assert.False(link.SessionIsOpen(session, Now));
        Assert.True(link.IsSessionOf(session));
    }

    [Fact]
    public void A_used_link_whose_session_is_open_is_revocable_and_the_revocation_cuts_the_session()
    {
        var session = SHA256.HashData("session"u8);
        var link = InState("used, session open", session);

        Assert.True(link.SessionIsOpen(session, Now));
        Assert.True(link.SessionOpenAt(Now));
        Assert.Null(link.RevocationRefusal(Now));
    }

    private static DownloadLink InState(string state, byte[]? session = null)
    {
        var link = DownloadLink.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [Guid.NewGuid()], "client@exemple.test", "Cabinet Démo", "agent1@demo.test",
            SHA256.HashData(Encoding.ASCII.GetBytes(state)), id => SHA256.HashData(id.ToByteArray()), Now.AddDays(-1)).Value;
        session ??= SHA256.HashData("session"u8);
        switch (state)
        {
            case "active":
                break;
            case "used, session open":
                Use(link, Now.AddMinutes(-5), session);
                break;
            case "used, session over":
                Use(link, Now.AddMinutes(-31), session);
                break;
            case "used and downloaded, session open":
                Use(link, Now.AddMinutes(-5), session);
                Set(link, nameof(DownloadLink.DownloadedAt), Now.AddMinutes(-1));
                break;
            case "expired":
                Set(link, nameof(DownloadLink.ExpiresAt), Now.AddMinutes(-1));
                break;
            case "used in time, session open after expiry":
                Use(link, Now.AddMinutes(-5), session);
                Set(link, nameof(DownloadLink.ExpiresAt), Now.AddMinutes(-1));
                break;
            case "four wrong codes":
                Set(link, nameof(DownloadLink.FailedAttempts), 4);
                break;
            case "locked":
                Set(link, nameof(DownloadLink.FailedAttempts), 5);
                Set(link, nameof(DownloadLink.LockedAt), Now.AddMinutes(-1));
                break;
            case "revoked":
                Revoke(link);
                break;
            case "revoked while its session was open":
                Use(link, Now.AddMinutes(-5), session);
                Revoke(link);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "no such state");
        }

        return link;
    }

    private static void Use(DownloadLink link, DateTimeOffset at, byte[] session)
    {
        Set(link, nameof(DownloadLink.UsedAt), at);
        Set(link, nameof(DownloadLink.SessionHash), session);
        Set(link, nameof(DownloadLink.SessionExpiresAt), at + DownloadLink.SessionLifetime);
    }

    private static void Revoke(DownloadLink link)
    {
        Set(link, nameof(DownloadLink.RevokedAt), Now.AddMinutes(-1));
        Set(link, nameof(DownloadLink.RevokedBy), Guid.NewGuid());
    }

    // The store sets these columns by conditional updates, not through methods: the test does as the store does.
    private static void Set(DownloadLink link, string property, object? value) =>
        typeof(DownloadLink).GetProperty(property)!.SetValue(link, value);
}
