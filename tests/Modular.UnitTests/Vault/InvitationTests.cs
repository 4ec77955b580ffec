using Modular.SharedKernel.Results;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.UnitTests.Vault;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static readonly Person Dupont = Person.Create(Guid.NewGuid(), "Cabinet Démo",
        new PersonDetails("Dupont", "Alain", null, "alain@example.fr", null, null, null, null, null, null), Guid.NewGuid(), Now).Value;

    private static Result<Invitation> Invite(string? comment = null) => Invitation.Create(Dupont, comment, Guid.NewGuid(), "agent1@demo.test", Now);

    [Fact]
    public void A_new_invitation_is_sent_for_30_days_from_the_vault_of_the_person_to_the_agent_who_invited()
    {
        var invitation = Invite().Value;

        Assert.Equal(Now.AddDays(30), invitation.ExpiresAt);
        Assert.Equal(Now, invitation.LastSentAt);
        Assert.Equal((Dupont.OrganisationId, "Cabinet Démo", Dupont.Id), (invitation.OrganisationId, invitation.OrganisationName, invitation.PersonId));
        Assert.Equal("agent1@demo.test", invitation.CreatedByEmail);
        Assert.Equal(InvitationState.Sent, invitation.StateAt(Now));
        Assert.Equal(5, invitation.AttemptsLeft);
    }

    [Fact]
    public void The_comment_is_kept_trimmed()
    {
        Assert.Equal("Bienvenue", Invite("  Bienvenue ").Value.Comment);
        Assert.Null(Invite("   ").Value.Comment);
    }

    [Fact]
    public void A_comment_of_1000_characters_is_kept_and_one_more_is_refused()
    {
        Assert.Equal(1000, Invite(new string('a', 1000)).Value.Comment?.Length);
        Assert.Equal("comment-too-long", Invite(new string('a', 1001)).Error?.Code);
    }

    [Fact]
    public void An_invitation_is_of_a_person() =>
        Assert.Throws<ArgumentNullException>(() => Invitation.Create(null!, null, Guid.NewGuid(), null, Now));

    [Theory]
    [InlineData(0, 5)]
    [InlineData(2, 3)]
    [InlineData(4, 1)]
    [InlineData(5, 0)]
    [InlineData(7, 0)]
    public void The_attempts_left_count_down_from_five_to_zero(int failed, int left) =>
        Assert.Equal(left, Invite().Value.With(nameof(Invitation.FailedAttempts), failed).AttemptsLeft);

    [Fact]
    public void Five_wrong_codes_lock_the_invitation_and_four_do_not()
    {
        var invitation = Invite().Value.With(nameof(Invitation.FailedAttempts), 4);
        Assert.Equal(InvitationState.Sent, invitation.StateAt(Now));

        invitation.With(nameof(Invitation.FailedAttempts), 5);

        Assert.Equal(InvitationState.Locked, invitation.StateAt(Now));
        Assert.Equal("invitation-locked", invitation.CodeRefusal(Now)?.Code);
        Assert.Null(invitation.ReminderRefusal(Now));
    }

    [Fact]
    public void An_accepted_invitation_stays_accepted_and_takes_no_code_nor_reminder()
    {
        var invitation = Invite().Value.With(nameof(Invitation.AcceptedAt), Now);
        invitation.Cancel(Now.AddDays(1));

        Assert.Equal(InvitationState.Accepted, invitation.StateAt(Now.AddDays(31)));
        Assert.Equal("invitation-accepted", invitation.CodeRefusal(Now)?.Code);
        Assert.Equal("invitation-accepted", invitation.ReminderRefusal(Now)?.Code);
    }

    [Fact]
    public void An_invitation_is_cancelled_once_the_first_time()
    {
        var invitation = Invite().Value;

        invitation.Cancel(Now);
        invitation.Cancel(Now.AddDays(1));

        Assert.Equal(Now, invitation.CancelledAt);
        Assert.Equal(InvitationState.Cancelled, invitation.StateAt(Now));
    }
}
