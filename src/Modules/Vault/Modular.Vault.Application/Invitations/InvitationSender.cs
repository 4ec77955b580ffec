using System.Globalization;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.People;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Invitations;

/// <summary>Makes an invitation's link and code, and sends each by its own channel.</summary>
internal sealed class InvitationSender(IMediator mediator, ICodeHasher codes, ICodeProtector protector)
{
    internal sealed record Issued(string Token, SixDigitCode Code);

    public Issued Issue(Invitation invitation, DateTimeOffset now, bool isReminder)
    {
        var (token, tokenHash) = LinkTokens.New();
        var code = SixDigitCode.Generate();
        invitation.Issue(tokenHash, codes.Hash(invitation.Id, code), protector.Protect(code.Value), now, isReminder);
        return new Issued(token, code);
    }

    public async Task<Result<InvitationSentDto>> SendAsync(Invitation invitation, Person person, Issued issued, string senderName, string requestedCulture, string publicBaseUrl, CancellationToken cancellationToken)
    {
        var culture = requestedCulture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";
        var english = culture == "en";
        var url = $"{publicBaseUrl.TrimEnd('/')}/invitation/{issued.Token}";
        var model = new Dictionary<string, string>
        {
            ["url"] = url,
            ["person_name"] = person.FirstName is null ? person.LastName : $"{person.FirstName} {person.LastName}",
            ["organisation_name"] = invitation.OrganisationName,
            ["sender_name"] = senderName,
            ["comment"] = invitation.Comment ?? "",
            ["code_hint"] = invitation.CodeChannel == CodeChannel.Sms
                ? english ? "you receive it by text message." : "vous le recevez par SMS."
                : english ? $"call {invitation.OrganisationName} to get it." : $"appelez {invitation.OrganisationName} pour l'obtenir.",
            ["expires_at"] = invitation.ExpiresAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(english ? "en-GB" : "fr-FR")),
        };
        var round = $"vault:invitation:{invitation.Id}:{invitation.Reminders}";
        var recipient = invitation.LinkChannel == LinkChannel.Email
            ? new RecipientDto(person.DisplayName, person.Email)
            : new RecipientDto(person.DisplayName, Address: new PostalAddressDto(
                person.FirstName is null ? person.LastName : $"{person.FirstName} {person.LastName}",
                person.AddressLine1!, person.AddressLine2, person.PostalCode!, person.City!, person.Country ?? "France"));
        var link = await mediator.Send(
            new SendMessageCommand("vault.invitation", culture, invitation.LinkChannel == LinkChannel.Email ? Channel.Email : Channel.Postal,
                recipient, model, "Vault", invitation.Id.ToString(), invitation.OrganisationId, $"{round}:link"),
            cancellationToken);
        if (link.IsFailure)
        {
            return link.Error!;
        }

        if (invitation.CodeChannel == CodeChannel.Sms)
        {
            var sms = await mediator.Send(
                new SendMessageCommand("vault.invitation-code", culture, Channel.Sms, new RecipientDto(person.DisplayName, Mobile: person.Mobile),
                    new Dictionary<string, string> { ["code"] = issued.Code.Value, ["organisation_name"] = invitation.OrganisationName },
                    "Vault", invitation.Id.ToString(), invitation.OrganisationId, $"{round}:code"),
                cancellationToken);
            if (sms.IsFailure)
            {
                return sms.Error!;
            }
        }

        return new InvitationSentDto(invitation.Id, (InvitationLinkChannel)invitation.LinkChannel, (InvitationCodeChannel)invitation.CodeChannel,
            invitation.CodeChannel == CodeChannel.Phone ? issued.Code.Value : null);
    }
}
