using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Invitations;
using Modular.Vault.Application.Invitations.InvitePerson;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;

namespace Modular.UnitTests.Vault.Application;

/// <summary>
/// « Inviter »: a person of the directory is sent a link and a code by two channels (the link by
/// email or by letter, the code by SMS, or given by the agent over the phone), gets a home page and,
/// when asked, a right on a folder; someone already in the vault, already invited or unreachable is
/// told so and nothing is written.
/// </summary>
public sealed class InvitePersonTests : VaultUseCaseTests
{
    private OtherModules _identity = AgentAccount();

    private Task<Result<InvitationSentDto>> Invite(Guid personId, Guid? folderId = null, FolderAccessLevel level = FolderAccessLevel.Read, string? comment = null, Caller? caller = null) =>
        new InvitePersonCommandHandler(Store, caller ?? Agent, _identity, new AccessGrants(Store, new PublicLinks()), new HomePages(Store), Issuer(), Clock)
            .Handle(new InvitePersonCommand(personId, folderId, level, comment, "fr-FR"), Ct);

    [Fact]
    public async Task The_link_goes_by_email_the_code_by_sms_with_a_home_page_and_the_right_asked_for()
    {
        var person = StoredPerson(mobile: "+33612345678");

        var sent = (await Invite(person.Id, Folder.Id, FolderAccessLevel.Write, "  Bienvenue.  ")).Value;

        var invitation = Assert.Single(Store.Invitations);
        Assert.Equal((invitation.Id, InvitationLinkChannel.Email, InvitationCodeChannel.Sms, (string?)null), (sent.InvitationId, sent.LinkChannel, sent.CodeChannel, sent.CodeToGive));
        Assert.Equal((person.Id, "Bienvenue.", AgentId, "agent1@demo.test", InvitationState.Sent), (invitation.PersonId, invitation.Comment, invitation.CreatedBy, invitation.CreatedByEmail, invitation.StateAt(Now)));
        var issued = Assert.IsType<InvitationIssuedIntegrationEvent>(Assert.Single(Store.Outbox));
        Assert.Equal(
            (invitation.Id, "fr", "Cabinet Démo", "Antoine Agent", "Alain Dupont", "alain@example.fr", "+33612345678", 0),
            (issued.InvitationId, issued.Language, issued.OrganisationName, issued.SenderName, issued.PersonName, issued.Email, issued.Mobile, issued.Round));
        Assert.StartsWith("protected:https://modular.example/vault.invitation/", issued.ProtectedUrl, StringComparison.Ordinal);
        Assert.Matches("^protected:[0-9]{6}$", issued.ProtectedCode);
        Assert.Null(issued.Address);
        var grant = Assert.Single(Store.Grants);
        Assert.Equal((Folder.Id, (Guid?)person.Id, AccessLevel.Write), (grant.FolderId, grant.PersonId, grant.Level));
        var home = Assert.Single(Store.Folders, f => f.HomeOfPersonId == person.Id);
        Assert.Equal(
            new[] { (JournalKind.AccessGranted, Folder.Id), (JournalKind.FolderCreated, home.Id) }.Order(),
            Store.Journal.Select(l => (l.Kind, l.FolderId)).Order());
        Assert.Equal(1, Store.Saves);
    }

    [Fact]
    public async Task Without_email_or_mobile_the_link_goes_by_letter_and_the_agent_gives_the_code_over_the_phone()
    {
        var person = StoredPerson(email: null, postalAddress: true);

        var sent = (await Invite(person.Id)).Value;

        Assert.Equal((InvitationLinkChannel.Letter, InvitationCodeChannel.Phone), (sent.LinkChannel, sent.CodeChannel));
        var code = Assert.IsType<string>(sent.CodeToGive);
        var issued = Assert.IsType<InvitationIssuedIntegrationEvent>(Assert.Single(Store.Outbox));
        Assert.Equal("protected:" + code, issued.ProtectedCode);
        Assert.Equal(("Alain Dupont", "12 rue des Lilas", "69003", "Lyon", "France"), (issued.Address!.Name, issued.Address.Line1, issued.Address.PostalCode, issued.Address.City, issued.Address.Country));
        Assert.Empty(Store.Grants);
        Assert.Single(Store.Folders, f => f.HomeOfPersonId == person.Id);
    }

    [Fact]
    public async Task Someone_already_in_the_vault_already_invited_unreachable_or_unknown_is_told_so_and_nothing_is_written()
    {
        var member = StoredPerson();
        member.LinkAccount(Guid.NewGuid());
        var unreachable = StoredPerson(email: null);
        var invited = StoredPerson();
        Assert.True((await Invite(invited.Id)).IsSuccess);
        var before = (Store.Folders.Count, Store.Invitations.Count, Store.Outbox.Count, Store.Journal.Count, Store.Saves);

        Assert.Same(VaultErrors.AlreadyMember, (await Invite(member.Id)).Error);
        Assert.Same(VaultErrors.InvitationPending, (await Invite(invited.Id)).Error);
        Assert.Same(VaultErrors.InvitationUnreachable, (await Invite(unreachable.Id, Folder.Id)).Error);
        Assert.Same(VaultErrors.PersonNotFound, (await Invite(Guid.NewGuid())).Error);
        Assert.Same(VaultErrors.PersonNotFound, (await Invite(invited.Id, caller: new Caller(AgentId, null))).Error);
        Assert.Same(VaultErrors.FolderNotFound, (await Invite(unreachable.Id, Guid.NewGuid())).Error);
        Assert.Same(VaultErrors.LevelInvalid, (await Invite(StoredPerson().Id, Folder.Id, FolderAccessLevel.None)).Error);

        Assert.Equal(before, (Store.Folders.Count, Store.Invitations.Count, Store.Outbox.Count, Store.Journal.Count, Store.Saves));
        Assert.Empty(Store.Grants);
    }

    [Fact]
    public async Task When_identity_cannot_say_who_the_agent_is_the_invitation_goes_without_their_names()
    {
        var person = StoredPerson();
        _identity = AccountUnavailable();

        Assert.True((await Invite(person.Id)).IsSuccess);

        Assert.Null(Assert.Single(Store.Invitations).CreatedByEmail);
        Assert.Equal("", Assert.IsType<InvitationIssuedIntegrationEvent>(Assert.Single(Store.Outbox)).SenderName);
    }

    [Fact]
    public async Task An_expired_invitation_does_not_stop_a_new_one_and_the_home_page_is_made_once()
    {
        var person = StoredPerson();
        Assert.True((await Invite(person.Id)).IsSuccess);
        Clock.Now = Assert.Single(Store.Invitations).ExpiresAt;

        Assert.True((await Invite(person.Id)).IsSuccess);

        Assert.Equal(2, Store.Invitations.Count);
        Assert.Single(Store.Folders, f => f.HomeOfPersonId == person.Id);
    }
}
