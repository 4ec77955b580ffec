using Modular.SharedKernel.Links;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Invitations;

/// <summary>
/// Makes an invitation's link and code (a first time or for a reminder) and puts in the outbox the
/// event that sends each by its own channel, to be saved with the invitation (ADR 0019, ADR 0023).
/// </summary>
internal sealed class InvitationIssuer(IVaultRepository repository, ICodeHasher codes, ICodeProtector protector, ISecretProtector secrets, IPublicLinks links)
{
    /// <summary>Issues a new link and code (the previous ones stop working) and queues their sending; not saved.</summary>
    public InvitationSentDto Issue(Invitation invitation, Person person, string senderName, string? culture, DateTimeOffset now, bool isReminder)
    {
        var (token, tokenHash) = LinkTokens.New();
        var code = SixDigitCode.Generate();
        invitation.Issue(tokenHash, codes.Hash(invitation.Id, code), protector.Protect(code.Value), now, isReminder);
        var address = invitation.LinkChannel == LinkChannel.Letter
            ? new InvitationLetterAddress(FullName(person), person.AddressLine1!, person.AddressLine2, person.PostalCode!, person.City!, person.Country ?? "France")
            : null;
        repository.Enqueue(new InvitationIssuedIntegrationEvent(
            Guid.CreateVersion7(), now, invitation.Id, invitation.OrganisationId, invitation.Reminders, Languages.Of(culture), invitation.OrganisationName, senderName,
            FullName(person), person.Email, address, person.Mobile, (InvitationLinkChannel)invitation.LinkChannel, (InvitationCodeChannel)invitation.CodeChannel,
            invitation.Comment, invitation.ExpiresAt, secrets.Protect(links.To(VaultPublicPages.Invitation, token)), secrets.Protect(code.Value)));
        return new InvitationSentDto(invitation.Id, (InvitationLinkChannel)invitation.LinkChannel, (InvitationCodeChannel)invitation.CodeChannel,
            invitation.CodeChannel == CodeChannel.Phone ? code.Value : null);
    }

    private static string FullName(Person person) => person.FirstName is null ? person.LastName : $"{person.FirstName} {person.LastName}";
}
