using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Text;
using Modular.Vault.Contracts;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Notices;

/// <summary>
/// Sends an invitation's two halves by their own channels: the link by email or letter, the code
/// by SMS (or not at all: the agent reads it out by phone). Each message has its own idempotency key.
/// </summary>
internal sealed class InvitationIssuedIntegrationEventHandler(VaultDbContext context, TimeProvider time, VaultMessages messages)
    : IdempotentIntegrationEventHandler<InvitationIssuedIntegrationEvent, VaultDbContext>(context, time)
{
    public const string LinkTemplate = "vault.invitation";
    public const string CodeTemplate = "vault.invitation-code";

    protected override async Task HandleOnceAsync(InvitationIssuedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var english = e.Language == Languages.English;
        var bySms = e.CodeChannel == InvitationCodeChannel.Sms;
        var recipient = e.LinkChannel == InvitationLinkChannel.Email || e.Address is not { } a
            ? new RecipientDto(e.PersonName, e.Email)
            : new RecipientDto(e.PersonName, Address: new PostalAddressDto(a.Name, a.Line1, a.Line2, a.PostalCode, a.City, a.Country));
        await messages.SendAsync(
            LinkTemplate, e.Language, e.LinkChannel == InvitationLinkChannel.Email ? Channel.Email : Channel.Postal, recipient,
            new Dictionary<string, string>
            {
                ["url"] = messages.Reveal(e.ProtectedUrl, e.InvitationId),
                ["person_name"] = e.PersonName,
                ["organisation_name"] = e.OrganisationName,
                ["sender_name"] = e.SenderName,
                ["comment"] = e.Comment ?? "",
                ["code_hint"] = bySms
                    ? english ? "you receive it by text message." : "vous le recevez par SMS."
                    : english ? $"call {e.OrganisationName} to get it." : $"appelez {e.OrganisationName} pour l'obtenir.",
                ["expires_at"] = messages.Time.DateAndTime(e.ExpiresAt, e.Language),
            },
            e.InvitationId, e.OrganisationId, $"{e.EventId}:link", cancellationToken);

        if (bySms)
        {
            await messages.SendAsync(
                CodeTemplate, e.Language, Channel.Sms, new RecipientDto(e.PersonName, Mobile: e.Mobile),
                new Dictionary<string, string> { ["code"] = messages.Reveal(e.ProtectedCode, e.InvitationId), ["organisation_name"] = e.OrganisationName },
                e.InvitationId, e.OrganisationId, $"{e.EventId}:code", cancellationToken);
        }
    }
}
