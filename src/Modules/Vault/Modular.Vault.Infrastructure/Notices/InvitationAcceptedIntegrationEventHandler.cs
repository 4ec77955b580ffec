using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.Vault.Contracts;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Notices;

/// <summary>The agent who invited learns that the person is in (the Invite tab says so too).</summary>
internal sealed class InvitationAcceptedIntegrationEventHandler(VaultDbContext context, TimeProvider time, VaultMessages messages)
    : IdempotentIntegrationEventHandler<InvitationAcceptedIntegrationEvent, VaultDbContext>(context, time)
{
    public const string Template = "vault.invitation-accepted";

    protected override async Task HandleOnceAsync(InvitationAcceptedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var (email, language) = await messages.AgentAsync(e.InviterId, e.InviterEmail, cancellationToken);
        if (email is null)
        {
            return;
        }

        await messages.SendAsync(
            Template, language, Channel.Email, new RecipientDto(null, email),
            new Dictionary<string, string>
            {
                ["person_name"] = e.PersonName,
                ["organisation_name"] = e.OrganisationName,
                ["at"] = messages.Time.DateAndTime(e.OccurredAt, language),
            },
            e.InvitationId, e.OrganisationId, e.EventId.ToString(), cancellationToken);
    }
}
