using System.Security.Cryptography;
using System.Text;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Invitations;

namespace Modular.UnitTests.ClientPortal;

/// <summary>An invitation: a single-use link whose token is kept only as its hash, valid for two weeks.</summary>
public sealed class ClientInvitationTests
{
    private static readonly DateTimeOffset Now = ClientCompanyTests.Now;

    internal static ClientInvitation Invite(Guid companyId, DateTimeOffset at) =>
        ClientInvitation.Create(companyId, "anne.meyer@favre.ch", "Anne Meyer", MemberRole.User, Guid.NewGuid(), "fr", at).Invitation;

    [Fact]
    public void An_invitation_keeps_who_is_invited_by_whom_and_the_hash_of_its_token_only()
    {
        var (company, admin) = (Guid.NewGuid(), Guid.NewGuid());

        var (invitation, token) = ClientInvitation.Create(company, "anne.meyer@favre.ch", "Anne Meyer", MemberRole.ClientAdmin, admin, "en", Now);

        Assert.Equal((company, "anne.meyer@favre.ch", "Anne Meyer", MemberRole.ClientAdmin), (invitation.CompanyId, invitation.Email, invitation.DisplayName, invitation.Role));
        Assert.Equal((admin, "en", Now, Now.AddDays(14)), (invitation.InvitedBy!.Value, invitation.Language, invitation.CreatedAt, invitation.ExpiresAt));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(token)), invitation.TokenHash);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", token);
        Assert.Null(invitation.AcceptedAt);
        Assert.Null(invitation.AcceptedBy);
    }

    [Fact]
    public void Each_invitation_has_its_own_token()
    {
        var first = ClientInvitation.Create(Guid.NewGuid(), "a@favre.ch", "A", MemberRole.User, null, "fr", Now);
        var second = ClientInvitation.Create(Guid.NewGuid(), "a@favre.ch", "A", MemberRole.User, null, "fr", Now);

        Assert.NotEqual(first.Token, second.Token);
        Assert.Null(first.Invitation.InvitedBy);
    }

    [Fact]
    public void A_missing_token_hashes_as_an_empty_one() =>
        Assert.Equal(SHA256.HashData([]), ClientInvitation.Hash(null!));

    [Fact]
    public void An_invitation_expires_exactly_two_weeks_after_it_was_sent()
    {
        var invitation = Invite(Guid.NewGuid(), Now);

        Assert.False(invitation.IsExpired(Now.AddDays(ClientInvitation.ValidDays).AddTicks(-1)));
        Assert.True(invitation.IsExpired(Now.AddDays(ClientInvitation.ValidDays)));
        Assert.True(invitation.IsExpired(Now.AddDays(ClientInvitation.ValidDays + 1)));
    }
}
