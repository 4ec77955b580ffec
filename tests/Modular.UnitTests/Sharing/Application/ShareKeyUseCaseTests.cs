using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.Sharing.Application.ShareKeys.IssueShareKey;
using Modular.Sharing.Application.ShareKeys.ListMyShareKeys;
using Modular.Sharing.Application.ShareKeys.RevokeShareKey;
using Modular.Sharing.Application.ShareKeys.SendShareKey;
using Modular.Sharing.Contracts;
using Modular.Sharing.Domain;
using Modular.Sharing.Domain.CaseFiles;
using Modular.Sharing.Domain.ShareKeys;
using Modular.UnitTests.Fakes;

namespace Modular.UnitTests.Sharing.Application;

/// <summary>« Partager un dossier »: issuing, emailing, listing and revoking single-use keys, the issuer's own only.</summary>
public sealed class ShareKeyUseCaseTests : SharingUseCaseTests
{
    private readonly Caller _agent1 = new(Agent1, Organisation);

    private (ShareKey Key, string Text) StoredKey(Guid issuer, DateTimeOffset? at = null)
    {
        var (key, text) = ShareKey.Issue(StoredCaseFile(issuer), issuer, at ?? Now);
        Store.ShareKeys.Add(key);
        return (key, text.Display);
    }

    private static OtherModules Identity(string name = "Jean Dupont", string email = "jean.dupont@cabinet.fr") =>
        new OtherModules().Answer<GetMyAccountQuery, Result<AccountDto>>(
            _ => new AccountDto(Agent1, email, name, Organisation, "Cabinet Dupont", [], "ABCD-EFGH", false, 0, false, "fr"));

    [Fact]
    public async Task Issuing_stores_a_key_to_the_file_as_it_is_and_shows_it_once()
    {
        var caseFile = StoredCaseFile(Agent1);

        var issued = await new IssueShareKeyCommandHandler(Store, _agent1, Clock).Handle(new IssueShareKeyCommand(caseFile.Id), Ct);

        var key = Assert.Single(Store.ShareKeys);
        Assert.Equal(key.Id, issued.Value.Id);
        Assert.Equal(Now.AddDays(30), issued.Value.ExpiresAt);
        Assert.True(ShareKeyText.Parse(issued.Value.Key).Value.Hash().SequenceEqual(key.KeyHash));
        Assert.Equal((caseFile.Id, Agent1, caseFile.Content), (key.CaseFileId, key.IssuerId, key.Snapshot));
        Assert.Equal(HistoryKind.Shared, caseFile.History[^1].Kind);
        Assert.Equal(1, Store.Saves);
    }

    [Fact]
    public async Task Issuing_for_anothers_file_or_with_a_refused_save_keeps_no_key()
    {
        var theirs = StoredCaseFile(Agent2);
        var mine = StoredCaseFile(Agent1);
        var handler = new IssueShareKeyCommandHandler(Store, _agent1, Clock);

        Assert.Same(SharingErrors.CaseNotFound, (await handler.Handle(new IssueShareKeyCommand(theirs.Id), Ct)).Error);
        Store.RefuseNextSave = SharingErrors.CaseModified(null);
        Assert.Equal("case-modified", (await handler.Handle(new IssueShareKeyCommand(mine.Id), Ct)).Error!.Code);
        Assert.Empty(Store.ShareKeys);
    }

    [Fact]
    public async Task Revoking_a_pending_key_purges_its_snapshot_and_says_so_in_the_files_history()
    {
        var (key, _) = StoredKey(Agent1);
        Clock.Now = Now.AddHours(2);

        var revoked = await new RevokeShareKeyCommandHandler(Store, _agent1, Clock).Handle(new RevokeShareKeyCommand(key.Id), Ct);

        Assert.True(revoked.IsSuccess);
        Assert.Equal((Now.AddHours(2), (CaseFileContent?)null), (key.RevokedAt, key.Snapshot));
        var line = Store.CaseFiles.Single(c => c.Id == key.CaseFileId).History[^1];
        Assert.Equal((HistoryKind.ShareKeyRevoked, Agent1, Now.AddHours(2), key.Id.ToString()), (line.Kind, line.ActorId, line.At, line.Detail));
        Assert.Equal(1, Store.Saves);
    }

    [Fact]
    public async Task A_key_is_revoked_even_when_its_file_was_deleted_since()
    {
        var (key, _) = StoredKey(Agent1);
        Store.CaseFiles.Clear();

        var revoked = await new RevokeShareKeyCommandHandler(Store, _agent1, Clock).Handle(new RevokeShareKeyCommand(key.Id), Ct);

        Assert.True(revoked.IsSuccess);
        Assert.Equal(Now, key.RevokedAt);
    }

    [Fact]
    public async Task Only_the_issuer_revokes_and_only_a_pending_key()
    {
        var (theirs, _) = StoredKey(Agent2);
        var (used, _) = StoredKey(Agent1);
        InMemorySharingRepository.MarkUsed(used, Agent2, Now);
        var handler = new RevokeShareKeyCommandHandler(Store, _agent1, Clock);

        Assert.Same(SharingErrors.KeyNotFound, (await handler.Handle(new RevokeShareKeyCommand(theirs.Id), Ct)).Error);
        Assert.Same(SharingErrors.KeyNotPending, (await handler.Handle(new RevokeShareKeyCommand(used.Id), Ct)).Error);
        Assert.Null(theirs.RevokedAt);
        Assert.Equal(0, Store.Saves);
    }

    [Fact]
    public async Task A_revocation_whose_save_is_refused_says_so()
    {
        var (key, _) = StoredKey(Agent1);
        Store.RefuseNextSave = SharingErrors.CaseModified(null);

        var revoked = await new RevokeShareKeyCommandHandler(Store, _agent1, Clock).Handle(new RevokeShareKeyCommand(key.Id), Ct);

        Assert.Equal("case-modified", revoked.Error!.Code);
    }

    [Fact]
    public async Task Sending_a_key_queues_one_email_with_the_key_encrypted_and_the_senders_name()
    {
        var (key, text) = StoredKey(Agent1);

        var sent = await new SendShareKeyCommandHandler(Store, _agent1, Identity(), new VisibleSecrets(), Clock)
            .Handle(new SendShareKeyCommand(key.Id, text.ToLowerInvariant(), " Claire.Martin@Cabinet.fr ", "en-GB"), Ct);

        Assert.True(sent.IsSuccess);
        var email = Assert.IsType<ShareKeySentIntegrationEvent>(Assert.Single(Store.Outbox));
        Assert.Equal(
            (key.Id, Organisation, "claire.martin@cabinet.fr", "en", "Dupont Marie", "Jean Dupont", "jean.dupont@cabinet.fr", key.ExpiresAt, "protected:" + text, Now),
            (email.ShareKeyId, email.OrganisationId, email.RecipientEmail, email.Language, email.ClientName, email.SenderName, email.SenderEmail, email.ExpiresAt, email.ProtectedKey, email.OccurredAt));
        Assert.Equal("claire.martin@cabinet.fr", key.RecipientEmail);
        Assert.Equal(1, Store.Saves);
    }

    [Fact]
    public async Task A_key_is_still_sent_when_the_senders_account_cannot_be_read()
    {
        var (key, text) = StoredKey(Agent1);
        var identity = new OtherModules().Answer<GetMyAccountQuery, Result<AccountDto>>(_ => Error.NotFound("account-not-found", "non"));

        var sent = await new SendShareKeyCommandHandler(Store, _agent1, identity, new VisibleSecrets(), Clock)
            .Handle(new SendShareKeyCommand(key.Id, text, "claire.martin@cabinet.fr", "fr"), Ct);

        Assert.True(sent.IsSuccess);
        var email = Assert.IsType<ShareKeySentIntegrationEvent>(Assert.Single(Store.Outbox));
        Assert.Equal(("", "", "fr"), (email.SenderName, email.SenderEmail, email.Language));
    }

    [Fact]
    public async Task Only_the_issuer_who_saw_the_key_sends_it_while_it_is_pending_to_a_valid_address()
    {
        var (key, text) = StoredKey(Agent1);
        var (other, otherText) = StoredKey(Agent1);
        var (theirs, theirText) = StoredKey(Agent2);
        var handler = new SendShareKeyCommandHandler(Store, _agent1, Identity(), new VisibleSecrets(), Clock);

        Assert.Same(SharingErrors.KeyNotFound, (await handler.Handle(new SendShareKeyCommand(theirs.Id, theirText, "a@b.fr", "fr"), Ct)).Error);
        Assert.Same(SharingErrors.KeyNotFound, (await handler.Handle(new SendShareKeyCommand(key.Id, otherText, "a@b.fr", "fr"), Ct)).Error);
        Assert.Same(SharingErrors.KeyNotFound, (await handler.Handle(new SendShareKeyCommand(key.Id, "pas une clé", "a@b.fr", "fr"), Ct)).Error);
        Assert.Same(SharingErrors.RecipientEmailInvalid, (await handler.Handle(new SendShareKeyCommand(key.Id, text, "claire.martin", "fr"), Ct)).Error);
        Clock.Now = key.ExpiresAt;
        Assert.Same(SharingErrors.KeyNotPending, (await handler.Handle(new SendShareKeyCommand(other.Id, otherText, "a@b.fr", "fr"), Ct)).Error);
        Assert.Empty(Store.Outbox);
        Assert.Null(key.RecipientEmail);
        Assert.Equal(0, Store.Saves);
    }

    [Fact]
    public async Task The_list_holds_the_issuers_keys_newest_first_with_their_state_and_importer()
    {
        var (used, _) = StoredKey(Agent1, Now);
        var (revoked, _) = StoredKey(Agent1, Now.AddMinutes(1));
        var (pending, _) = StoredKey(Agent1, Now.AddMinutes(2));
        StoredKey(Agent2);
        InMemorySharingRepository.MarkUsed(used, Agent2, Now.AddMinutes(5));
        revoked.Revoke(Now.AddMinutes(6));
        pending.SentTo("claire.martin@cabinet.fr");
        var identity = new OtherModules().Answer<GetAccountContactQuery, Result<AccountContactDto>>(
            q => new AccountContactDto(q.UserId, "claire@cabinet.fr", "Claire Martin", "fr", Organisation, true, false));
        var handler = new ListMyShareKeysQueryHandler(Store, _agent1, identity, Clock);
        Clock.Now = Now.AddMinutes(10);

        var all = (await handler.Handle(new ListMyShareKeysQuery(null), Ct)).Value;

        Assert.Equal([pending.Id, revoked.Id, used.Id], all.Items.Select(k => k.Id));
        Assert.Equal([ShareKeyStatus.Pending, ShareKeyStatus.Revoked, ShareKeyStatus.Used], all.Items.Select(k => k.Status));
        Assert.Equal([null, null, "Claire Martin"], all.Items.Select(k => k.UsedByName));
        Assert.Equal(("claire.martin@cabinet.fr", pending.KeyEnding, "Dupont Marie"), (all.Items[0].RecipientEmail, all.Items[0].KeyEnding, all.Items[0].ClientName));
        Assert.Equal((Now.AddMinutes(5), (DateTimeOffset?)null), (all.Items[2].UsedAt, all.Items[2].RevokedAt));
        Assert.Equal(Now.AddMinutes(6), all.Items[1].RevokedAt);
        Assert.Equal((1, 20, 3), (all.Page, all.PageSize, all.TotalCount));
        Assert.Equal([Agent2], identity.Sent.Cast<GetAccountContactQuery>().Select(q => q.UserId));
    }

    [Fact]
    public async Task The_list_is_filtered_by_state_paged_and_shown_without_a_name_it_cannot_read()
    {
        var (used, _) = StoredKey(Agent1, Now);
        StoredKey(Agent1, Now.AddMinutes(1));
        InMemorySharingRepository.MarkUsed(used, Agent2, Now);
        var identity = new OtherModules().Answer<GetAccountContactQuery, Result<AccountContactDto>>(_ => Error.NotFound("account-not-found", "non"));
        var handler = new ListMyShareKeysQueryHandler(Store, _agent1, identity, Clock);

        var onlyUsed = (await handler.Handle(new ListMyShareKeysQuery(ShareKeyStatus.Used), Ct)).Value;
        var pendingPage = (await handler.Handle(new ListMyShareKeysQuery(ShareKeyStatus.Pending, 0, 0), Ct)).Value;
        Clock.Now = Now.AddDays(31);
        var expired = (await handler.Handle(new ListMyShareKeysQuery(ShareKeyStatus.Expired, 1, 500), Ct)).Value;

        var shown = Assert.Single(onlyUsed.Items);
        Assert.Equal((used.Id, (string?)null), (shown.Id, shown.UsedByName));
        Assert.Equal((1, 1, 1), (pendingPage.Page, pendingPage.PageSize, pendingPage.TotalCount));
        Assert.Equal((ShareKeyStatus.Expired, 100), (Assert.Single(expired.Items).Status, expired.PageSize));
    }
}
