using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.People;

internal static class PeopleMapping
{
    public static PersonDetails ToDetails(this PersonInput input) =>
        new(input.LastName, input.FirstName, input.Company, input.Email, input.Mobile, input.AddressLine1, input.AddressLine2, input.PostalCode, input.City, input.Country);

    public static PersonDto ToDto(this Person person, Guid? pendingInvitationId = null) =>
        new(person.Id, person.DisplayName, person.LastName, person.FirstName, person.Company, person.Email, person.Mobile,
            person.AddressLine1, person.AddressLine2, person.PostalCode, person.City, person.Country, person.LinkedUserId is not null, person.CreatedAt,
            pendingInvitationId);

    public static InvitationDto ToDto(this Invitation invitation, ICodeProtector protector, DateTimeOffset now)
    {
        var state = invitation.StateAt(now);
        var code = state == InvitationState.Sent && invitation.ProtectedCode is { } protectedCode ? protector.Unprotect(protectedCode) : null;
        return new InvitationDto(invitation.Id, (InvitationStatus)state, (InvitationLinkChannel)invitation.LinkChannel, (InvitationCodeChannel)invitation.CodeChannel,
            code, invitation.Reminders, invitation.CreatedAt, invitation.LastSentAt, invitation.ExpiresAt, invitation.AcceptedAt, invitation.Comment);
    }
}
