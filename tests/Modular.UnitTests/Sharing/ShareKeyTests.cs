using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.ShareKeys;

namespace Modular.UnitTests.Sharing;

public sealed class ShareKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Agent1 = Guid.NewGuid();

    private static (ShareKey Key, ShareKeyText Text, CaseFile CaseFile) Issue()
    {
        var caseFile = CaseFile.Create(Agent1, Guid.NewGuid(), CaseFileTests.Content(), Now);
        var (key, text) = ShareKey.Issue(caseFile, Agent1, Now);
        return (key, text, caseFile);
    }

    [Fact]
    public void A_key_stores_only_the_hash_of_its_text_and_a_snapshot_of_the_case_file()
    {
        var (key, text, caseFile) = Issue();

        Assert.Equal(text.Hash(), key.KeyHash);
        Assert.Equal(32, key.KeyHash.Length);
        Assert.Equal(caseFile.Content, key.Snapshot);
        Assert.Equal(caseFile.LineageId, key.LineageId);
        Assert.Equal(HistoryKind.Shared, caseFile.History[^1].Kind);
    }

    [Fact]
    public void A_key_expires_30_days_after_it_is_issued()
    {
        var (key, _, _) = Issue();

        Assert.Equal(ShareKeyState.Pending, key.StateAt(Now.AddDays(30).AddSeconds(-1)));
        Assert.Equal(ShareKeyState.Expired, key.StateAt(Now.AddDays(30)));
        Assert.Equal("La clé de partage est expirée.", key.RedemptionRefusal(Now.AddDays(31))?.Message);
    }

    [Fact]
    public void A_revoked_key_cannot_be_redeemed_nor_revoked_again_and_drops_its_snapshot()
    {
        var (key, _, _) = Issue();

        Assert.True(key.Revoke(Now.AddHours(1)).IsSuccess);

        Assert.Null(key.Snapshot);
        Assert.Equal("key-revoked", key.RedemptionRefusal(Now.AddHours(2))?.Code);
        Assert.Equal("share-key-not-pending", key.Revoke(Now.AddHours(2)).Error?.Code);
    }

    [Fact]
    public void An_expired_key_cannot_be_revoked()
    {
        var (key, _, _) = Issue();

        Assert.Equal("share-key-not-pending", key.Revoke(Now.AddDays(31)).Error?.Code);
    }
}
