using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Links.RedeemDownloadLink;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// « Télécharger avec un code »: the right code opens one session once, wrong codes are counted on
/// the link (the fifth locks it and tells its maker) and per address (too many from one address are
/// refused on every link), and a real link that cannot be used says why without being counted.
/// </summary>
public sealed class RedeemDownloadLinkTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid Folder = Guid.NewGuid();
    private static readonly Guid Agent = Guid.NewGuid();
    private const string Address = "203.0.113.7";
    private const string Code = "135790";

    private readonly InMemoryVaultStore _store = new();
    private readonly StoppedClock _clock = new(Now);
    private readonly RedeemDownloadLinkCommandHandler _handler;

    public RedeemDownloadLinkTests() =>
        _handler = new RedeemDownloadLinkCommandHandler(_store, new KeyedCodes(), new AddressFailures(_store), new LinkSessions(_store, _clock), _clock);

    private (DownloadLink Link, string Token) Link()
    {
        var document = Document.Create(Folder, Organisation, DocumentFileName.Parse("attestation.pdf").Value, "application/pdf", 1234, new string('a', 64), Agent, Now.AddDays(-1));
        _store.Documents.Add(document);
        var (token, hash) = LinkTokens.New();
        var link = DownloadLink.Create(
            Organisation, Folder, Agent, [document.Id], "client@example.fr", "Cabinet Démo", "agent1@demo.test", hash,
            id => new KeyedCodes().Hash(id, SixDigitCode.Parse(Code).Value), Now.AddHours(-1)).Value;
        _store.Links.Add(link);
        return (link, token);
    }

    private Task<Result<DownloadSessionDto>> Redeem(string token, string? code = Code, string? address = Address) =>
        _handler.Handle(new RedeemDownloadLinkCommand(token, code, address), Ct);

    [Fact]
    public async Task The_right_code_opens_a_session_on_the_links_files_and_tells_its_maker_once()
    {
        var (link, token) = Link();

        var session = (await Redeem(token)).Value;

        Assert.Equal(Now + DownloadLink.SessionLifetime, session.ExpiresAt);
        Assert.Equal(("attestation.pdf", "application/pdf", 1234L), (session.Files[0].Name, session.Files[0].ContentType, session.Files[0].Size));
        Assert.Single(session.Files);
        Assert.Equal(LinkTokens.HashOf(session.SessionToken), link.SessionHash);
        Assert.Equal((Now, Now + DownloadLink.SessionLifetime), (link.UsedAt, link.SessionExpiresAt));
        var line = Assert.Single(_store.Journal);
        Assert.Equal((JournalKind.LinkUsed, Folder, (Guid?)null, "1"), (line.Kind, line.FolderId, line.ActorId, line.Values!["count"]));
        var notice = Assert.IsType<DownloadLinkNoticeIntegrationEvent>(Assert.Single(_store.Outbox));
        Assert.Equal((DownloadLinkNotice.Used, link.Id), (notice.Notice, notice.LinkId));
        Assert.Equal((1, 0), (_store.Commits, _store.RollBacks));
        Assert.Empty(_store.CodeFailures);

        Assert.Same(VaultErrors.LinkUsed, (await Redeem(token)).Error);
        await Assert.ThrowsAsync<ArgumentNullException>(() => new LinkSessions(_store, _clock).DescribeAsync(null!, session.SessionToken, Now, Ct));
    }

    [Fact]
    public async Task A_wrong_code_says_how_many_tries_are_left_and_the_fifth_locks_the_link_and_tells_its_maker()
    {
        var (link, token) = Link();

        for (var left = 4; left > 0; left--)
        {
            var wrong = await Redeem(token, "000000");
            Assert.Equal("code-invalid", wrong.Error!.Code);
            Assert.Equal(left, wrong.Error.Extensions["attemptsLeft"]);
        }

        Assert.Empty(_store.Outbox);
        Assert.Equal((4, 0), (_store.Commits, _store.RollBacks));
        Assert.Same(VaultErrors.LinkLocked, (await Redeem(token, "000000")).Error);
        Assert.Equal((5, 0), (_store.Commits, _store.RollBacks));
        Assert.Equal(Now, link.LockedAt);
        var line = Assert.Single(_store.Journal);
        Assert.Equal((JournalKind.LinkLocked, "5"), (line.Kind, line.Values!["attempts"]));
        Assert.Equal(DownloadLinkNotice.Locked, Assert.IsType<DownloadLinkNoticeIntegrationEvent>(Assert.Single(_store.Outbox)).Notice);
        Assert.Equal(5, _store.CodeFailures.Count(f => f.Reason == VaultErrorCodes.CodeInvalid));

        Assert.Same(VaultErrors.LinkLocked, (await Redeem(token)).Error);
        Assert.Null(link.UsedAt);
    }

    [Fact]
    public async Task A_lock_whose_save_is_refused_says_so()
    {
        var (link, token) = Link();
        typeof(DownloadLink).GetProperty(nameof(DownloadLink.FailedAttempts))!.SetValue(link, 4);
        _store.RefuseNextSave = VaultErrors.LinkUsed;

        Assert.Same(VaultErrors.LinkUsed, (await Redeem(token, "000000")).Error);
        Assert.Empty(_store.Journal);
        Assert.Equal(1, _store.RollBacks);
    }

    [Fact]
    public async Task A_malformed_code_or_an_unknown_link_is_counted_for_the_address_only()
    {
        var (link, token) = Link();

        Assert.Equal("code-malformed", (await Redeem(token, "12345")).Error!.Code);
        Assert.Same(VaultErrors.LinkUnknown, (await Redeem(LinkTokens.New().Token)).Error);
        Assert.Same(VaultErrors.LinkUnknown, (await Redeem("pas un lien", address: "  ")).Error);

        Assert.Equal(0, link.FailedAttempts);
        Assert.Equal(
            [(Address, VaultErrorCodes.CodeMalformed), (Address, VaultErrorCodes.LinkUnknown)],
            _store.CodeFailures.Select(f => (f.RemoteAddress, f.Reason)));
    }

    [Fact]
    public async Task Twenty_failures_from_an_address_in_15_minutes_refuse_it_on_every_link_and_the_refusal_counts_too()
    {
        var (_, token) = Link();
        for (var i = 0; i < 19; i++)
        {
            _store.CodeFailures.Add(new CodeFailure(Address, Now.AddMinutes(-10), VaultErrorCodes.LinkUnknown));
        }

        Assert.Same(VaultErrors.LinkUnknown, (await Redeem(LinkTokens.New().Token)).Error);
        var refused = await Redeem(token);

        Assert.Equal("code-throttled", refused.Error!.Code);
        Assert.Equal(5 * 60, refused.Error.Extensions["retryAfter"]);
        Assert.Equal(VaultErrorCodes.CodeThrottled, _store.CodeFailures[^1].Reason);
        Assert.True((await Redeem(token, address: "198.51.100.1")).IsSuccess);
    }

    [Fact]
    public async Task Failures_older_than_15_minutes_or_without_an_address_do_not_count()
    {
        var (_, token) = Link();
        for (var i = 0; i < 20; i++)
        {
            _store.CodeFailures.Add(new CodeFailure(Address, Now.AddMinutes(-15), VaultErrorCodes.LinkUnknown));
        }

        Assert.True((await Redeem(token)).IsSuccess);
        Assert.Same(VaultErrors.LinkUnknown, (await Redeem("pas un lien", address: null)).Error);
        Assert.Equal(20, _store.CodeFailures.Count);
    }

    [Theory]
    [InlineData("revoked", "link-revoked")]
    [InlineData("used", "link-used")]
    [InlineData("expired", "link-expired")]
    public async Task A_real_link_that_cannot_be_used_says_why_and_is_not_counted(string state, string code)
    {
        var (link, token) = Link();
        switch (state)
        {
            case "revoked":
                typeof(DownloadLink).GetProperty(nameof(DownloadLink.RevokedAt))!.SetValue(link, Now);
                break;
            case "used":
                typeof(DownloadLink).GetProperty(nameof(DownloadLink.UsedAt))!.SetValue(link, Now);
                break;
            default:
                _clock.Now = link.ExpiresAt;
                break;
        }

        Assert.Equal(code, (await Redeem(token, "000000")).Error!.Code);
        Assert.Empty(_store.CodeFailures);
        Assert.Equal(0, link.FailedAttempts);
    }

    [Fact]
    public async Task Losing_the_race_for_the_link_says_why_and_writes_nothing()
    {
        var (_, token) = Link();
        _store.Redeem = link =>
        {
            typeof(DownloadLink).GetProperty(nameof(DownloadLink.RevokedAt))!.SetValue(link, Now);
            return false;
        };

        Assert.Same(VaultErrors.LinkRevoked, (await Redeem(token)).Error);
        Assert.Empty(_store.Journal);
        Assert.Empty(_store.Outbox);
        Assert.Equal((0, 1), (_store.Commits, _store.RollBacks));
    }

    [Fact]
    public async Task Losing_the_race_to_a_link_gone_from_the_store_says_it_is_used()
    {
        var (_, token) = Link();
        _store.Redeem = link =>
        {
            _store.Links.Remove(link);
            return false;
        };

        Assert.Same(VaultErrors.LinkUsed, (await Redeem(token)).Error);
    }

    [Fact]
    public async Task A_redemption_whose_save_is_refused_opens_no_session()
    {
        var (_, token) = Link();
        _store.RefuseNextSave = VaultErrors.LinkUsed;

        Assert.Same(VaultErrors.LinkUsed, (await Redeem(token)).Error);
        Assert.Empty(_store.Journal);
        Assert.Equal((0, 1), (_store.Commits, _store.RollBacks));
    }
}
