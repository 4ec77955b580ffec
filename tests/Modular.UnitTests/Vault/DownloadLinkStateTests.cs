using System.Security.Cryptography;
using Modular.Vault.Domain.Links;

namespace Modular.UnitTests.Vault;

/// <summary>A link's making, its states at their boundaries, and when its download is complete.</summary>
public sealed class DownloadLinkStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Session = SHA256.HashData("session"u8);

    private static DownloadLink Link(Guid[]? documents = null, TimeSpan? lifetime = null, byte[]? tokenHash = null) =>
        DownloadLink.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), documents ?? [Guid.NewGuid()], "client@exemple.test", "Cabinet Démo", "agent1@demo.test",
            tokenHash ?? SHA256.HashData("token"u8), id => id.ToByteArray(), Now, lifetime).Value;

    /// <summary>Used at <paramref name="at"/>: its session lasts 30 minutes from then.</summary>
    private static DownloadLink Used(DateTimeOffset at) =>
        Link().With(nameof(DownloadLink.UsedAt), at).With(nameof(DownloadLink.SessionHash), Session).With(nameof(DownloadLink.SessionExpiresAt), at + DownloadLink.SessionLifetime);

    [Fact]
    public void A_link_keeps_its_tokens_hash_and_where_to_tell_its_maker()
    {
        var hash = SHA256.HashData("mine"u8);

        var link = Link(tokenHash: hash);

        Assert.Same(hash, link.TokenHash);
        Assert.Equal("agent1@demo.test", link.CreatedByEmail);
        Assert.Equal(("client@exemple.test", "Cabinet Démo"), (link.RecipientEmail, link.SenderOrganisationName));
    }

    [Fact]
    public void A_link_lasts_the_lifetime_asked_for()
    {
        var link = Link(lifetime: TimeSpan.FromDays(3));

        Assert.Equal(Now.AddDays(3), link.ExpiresAt);
        Assert.Equal(DownloadLinkState.Expired, link.StateAt(Now.AddDays(3)));
    }

    [Fact]
    public void A_document_chosen_twice_is_linked_once()
    {
        var document = Guid.NewGuid();

        Assert.Equal([document], Link([document, document]).DocumentIds);
    }

    [Fact]
    public void A_link_needs_its_documents_and_a_way_to_hash_its_code()
    {
        Assert.Throws<ArgumentNullException>(() => DownloadLink.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null!, null, "Cabinet Démo", null, [], id => [], Now));
        Assert.Throws<ArgumentNullException>(() => DownloadLink.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [Guid.NewGuid()], null, "Cabinet Démo", null, [], null!, Now));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(2, 3)]
    [InlineData(5, 0)]
    [InlineData(6, 0)]
    public void The_attempts_left_count_down_from_five_to_zero(int failed, int left) =>
        Assert.Equal(left, Link().With(nameof(DownloadLink.FailedAttempts), failed).AttemptsLeft);

    [Fact]
    public void Five_wrong_codes_lock_a_link_even_before_the_store_marks_it_locked()
    {
        var link = Link().With(nameof(DownloadLink.FailedAttempts), 5);

        Assert.Equal(DownloadLinkState.Locked, link.StateAt(Now));
        Assert.False(DownloadLink.RevocableAt(Now).Compile()(link));
    }

    [Fact]
    public void A_link_the_store_marked_locked_is_locked_whatever_its_count()
    {
        var link = Link().With(nameof(DownloadLink.FailedAttempts), 1).With(nameof(DownloadLink.LockedAt), Now);

        Assert.Equal(DownloadLinkState.Locked, link.StateAt(Now));
        Assert.Equal("link-locked", link.RedemptionRefusal(Now)?.Code);
    }

    [Fact]
    public void A_link_is_revocable_until_the_instant_it_expires()
    {
        var link = Link();

        Assert.True(DownloadLink.RevocableAt(link.ExpiresAt.AddTicks(-1)).Compile()(link));
        Assert.False(DownloadLink.RevocableAt(link.ExpiresAt).Compile()(link));
        Assert.Equal("expired", link.RevocationRefusal(link.ExpiresAt)?.Reason);
    }

    [Fact]
    public void A_used_links_session_ends_at_the_instant_it_expires_and_with_it_the_revocation()
    {
        var link = Used(Now);
        var end = Now + DownloadLink.SessionLifetime;

        Assert.True(link.SessionIsOpen(Session, end.AddTicks(-1)));
        Assert.True(link.SessionOpenAt(end.AddTicks(-1)));
        Assert.True(DownloadLink.RevocableAt(end.AddTicks(-1)).Compile()(link));
        Assert.Null(link.RevocationRefusal(end.AddTicks(-1)));

        Assert.False(link.SessionIsOpen(Session, end));
        Assert.False(link.SessionOpenAt(end));
        Assert.False(DownloadLink.RevocableAt(end).Compile()(link));
        Assert.Equal("used", link.RevocationRefusal(end)?.Reason);
    }

    [Fact]
    public void A_session_hash_without_a_redemption_opens_nothing()
    {
        var link = Link().With(nameof(DownloadLink.SessionExpiresAt), Now.AddMinutes(30));

        Assert.False(link.SessionOpenAt(Now));
    }

    [Fact]
    public void The_zip_completes_the_download_and_a_document_does_once_every_other_one_was_fetched()
    {
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var link = Link([first, second, third]);

        Assert.True(link.CompletesDownload(null));
        Assert.False(link.CompletesDownload(first));

        link.With(nameof(DownloadLink.FetchedDocumentIds), new List<Guid> { first, second });

        Assert.True(link.CompletesDownload(third));
        Assert.False(Link([first, second]).With(nameof(DownloadLink.FetchedDocumentIds), new List<Guid> { first }).CompletesDownload(first));
    }
}
