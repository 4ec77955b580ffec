using Modular.SharedKernel.Results;
using Modular.UnitTests.Fakes;
using Modular.Vault.Application.Invitations.RemindInvitation;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;

namespace Modular.UnitTests.Vault.Application;

/// <summary>« Relancer »: a new link and a new code by the same channels, the old ones no longer work; an accepted or cancelled invitation is not sent again.</summary>
public sealed class RemindInvitationTests : VaultUseCaseTests
{
    private Task<Result<InvitationSentDto>> Remind(Guid invitationId, Caller? caller = null) =>
        new RemindInvitationCommandHandler(Store, caller ?? Agent, AgentAccount(), Issuer(), Clock).Handle(new RemindInvitationCommand(invitationId, "en-GB"), Ct);

    private Invitation Invited() => StoredInvitation(StoredPerson(mobile: "+33612345678"), Now.AddDays(-3));

    [Fact]
    public async Task A_new_link_and_code_go_by_the_same_channels_and_the_old_ones_stop_working()
    {
        var invitation = Invited();
        var (oldToken, oldCode) = (invitation.TokenHash, invitation.CodeHash);

        var sent = (await Remind(invitation.Id)).Value;

        Assert.Equal((invitation.Id, InvitationLinkChannel.Email, InvitationCodeChannel.Sms, (string?)null), (sent.InvitationId, sent.LinkChannel, sent.CodeChannel, sent.CodeToGive));
        Assert.NotEqual(oldToken, invitation.TokenHash);
        Assert.NotEqual(oldCode, invitation.CodeHash);
        Assert.Equal((1, Now), (invitation.Reminders, invitation.LastSentAt));
        var issued = Assert.IsType<InvitationIssuedIntegrationEvent>(Assert.Single(Store.Outbox));
        Assert.Equal((1, "en", "Antoine Agent"), (issued.Round, issued.Language, issued.SenderName));
        Assert.Equal(new KeyedCodes().Hash(invitation.Id, SixDigitCode.Parse(issued.ProtectedCode["protected:".Length..]).Value), invitation.CodeHash);
        Assert.Equal(1, Store.Saves);
    }

    [Fact]
    public async Task An_accepted_cancelled_unknown_or_another_organisations_invitation_is_not_sent_again()
    {
        var invitation = Invited();
        Assert.Same(VaultErrors.InvitationNotFound, (await Remind(Guid.NewGuid())).Error);
        Assert.Same(VaultErrors.InvitationNotFound, (await Remind(invitation.Id, new Caller(AgentId, Guid.NewGuid(), roles: [VaultScopes.AgentRole]))).Error);
        invitation.Cancel(Now);

        Assert.Same(VaultErrors.InvitationCancelled, (await Remind(invitation.Id)).Error);

        Assert.Empty(Store.Outbox);
        Assert.Equal(0, invitation.Reminders);
        Assert.Equal(0, Store.Saves);
    }
}
