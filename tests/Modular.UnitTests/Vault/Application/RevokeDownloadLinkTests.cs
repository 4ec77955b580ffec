using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Links.RevokeDownloadLink;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// « Révoquer le lien »: whoever manages the link's folder takes it back while it can still be used
/// (or its download session is open); the journal says for whom and whether a session was cut short,
/// and the ZIP kept for it goes.
/// </summary>
public sealed class RevokeDownloadLinkTests : VaultUseCaseTests
{
    private Task<Result> Revoke(Caller caller, Guid linkId, Guid? folderId = null) =>
        new RevokeDownloadLinkCommandHandler(Store, AccessFor(caller), Purger(), caller, Clock).Handle(new RevokeDownloadLinkCommand(linkId, folderId), Ct);

    private async Task<DownloadLink> StoredLinkAsync(string? recipient = "client@example.fr", Guid? folderId = null, Guid? organisation = null) =>
        StoredLink(await StoredDocumentAsync(Folder), recipient, organisation, folderId);

    private static void OpenSession(DownloadLink link)
    {
        Set(link, nameof(DownloadLink.UsedAt), (DateTimeOffset?)Now.AddMinutes(-5));
        Set(link, nameof(DownloadLink.SessionExpiresAt), (DateTimeOffset?)Now.AddMinutes(10));
    }

    [Fact]
    public async Task A_link_that_can_still_be_used_is_revoked_and_the_journal_says_for_whom()
    {
        var link = await StoredLinkAsync();

        Assert.True((await Revoke(Agent, link.Id, Folder.Id)).IsSuccess);

        Assert.Equal(((DateTimeOffset?)Now, (Guid?)AgentId), (link.RevokedAt, link.RevokedBy));
        var line = Assert.Single(Store.Journal);
        Assert.Equal(
            (JournalKind.LinkRevoked, Folder.Id, (Guid?)AgentId, Now, "1", "client@example.fr", "recipient"),
            (line.Kind, line.FolderId, line.ActorId, line.At, line.Values!["count"], line.Values["recipient"], line.Values[JournalEntry.VariantKey]));
        Assert.Equal((1, 0), (Store.Commits, Store.RollBacks));
        Assert.Same(VaultErrors.LinkAlreadyRevoked, (await Revoke(Agent, link.Id)).Error);
        Assert.Single(Store.Journal);
    }

    [Theory]
    [InlineData("client@example.fr", true, "recipient-session")]
    [InlineData(null, true, "session")]
    [InlineData(null, false, null)]
    public async Task The_journal_says_whether_a_download_session_was_cut_short(string? recipient, bool session, string? variant)
    {
        var link = await StoredLinkAsync(recipient);
        if (session)
        {
            OpenSession(link);
        }

        Assert.True((await Revoke(Agent, link.Id)).IsSuccess);

        var values = Assert.Single(Store.Journal).Values!;
        Assert.Equal(variant, values.GetValueOrDefault(JournalEntry.VariantKey));
        Assert.Equal(recipient, values.GetValueOrDefault("recipient"));
        Assert.Equal(DownloadLinkState.Revoked, link.StateAt(Now));
    }

    [Fact]
    public async Task The_zip_kept_for_the_link_goes_with_it()
    {
        var link = await StoredLinkAsync();
        OpenSession(link);
        var archive = await Blobs.PutAsync(new MemoryStream([.. PdfHead, 42]), Ct);
        Set(link, nameof(DownloadLink.ArchiveBlobId), archive.Id);

        Assert.True((await Revoke(Agent, link.Id)).IsSuccess);

        Assert.Null(link.ArchiveBlobId);
        Assert.False(await Blobs.ExistsAsync(archive.Id, Ct));
        Assert.Empty(Store.Purges);
        Assert.True(await Blobs.ExistsAsync(Assert.Single(Store.Documents).Sha256, Ct));
    }

    [Theory]
    [InlineData("used", "link-not-revocable")]
    [InlineData("locked", "link-not-revocable")]
    [InlineData("expired", "link-not-revocable")]
    public async Task A_link_that_can_no_longer_be_used_is_not_revoked_and_says_why(string state, string code)
    {
        var link = await StoredLinkAsync();
        switch (state)
        {
            case "used":
                Set(link, nameof(DownloadLink.UsedAt), (DateTimeOffset?)Now.AddMinutes(-30));
                Set(link, nameof(DownloadLink.SessionExpiresAt), (DateTimeOffset?)Now.AddMinutes(-15));
                break;
            case "locked":
                Set(link, nameof(DownloadLink.LockedAt), (DateTimeOffset?)Now.AddMinutes(-1));
                break;
            default:
                Clock.Now = link.ExpiresAt;
                break;
        }

        var refused = (await Revoke(Agent, link.Id)).Error!;

        Assert.Equal((code, state), (refused.Code, refused.Reason));
        Assert.Null(link.RevokedAt);
        Assert.Empty(Store.Journal);
    }

    [Fact]
    public async Task Another_organisations_link_another_folders_or_one_the_caller_only_reads_is_not_found_or_refused()
    {
        var elsewhere = await StoredLinkAsync(organisation: Guid.NewGuid());
        var mine = await StoredLinkAsync();
        var published = StoredFolder("Publications", isPublic: true);
        var shown = await StoredLinkAsync(folderId: published.Id);

        Assert.Same(VaultErrors.DownloadLinkNotFound, (await Revoke(Agent, elsewhere.Id)).Error);
        Assert.Same(VaultErrors.DownloadLinkNotFound, (await Revoke(Agent, mine.Id, Guid.NewGuid())).Error);
        Assert.Same(VaultErrors.DownloadLinkNotFound, (await Revoke(Agent, Guid.NewGuid())).Error);
        Assert.Same(VaultErrors.DownloadLinkNotFound, (await Revoke(new Caller(AgentId, null, roles: [VaultScopes.AgentRole]), mine.Id)).Error);
        Assert.Same(VaultErrors.FolderNotManaged, (await Revoke(InvitedPersonOf(Organisation), shown.Id)).Error);
        Assert.Same(VaultErrors.DownloadLinkNotFound, (await Revoke(InvitedPersonOf(Organisation), mine.Id)).Error);

        Assert.All(Store.Links, l => Assert.Null(l.RevokedAt));
        Assert.Empty(Store.Journal);
    }

    /// <summary>An invited person signed in with the organisation as theirs (the link's lookup is by organisation).</summary>
    private Caller InvitedPersonOf(Guid organisation) => new(InvitedPerson().UserId, organisation);
}
