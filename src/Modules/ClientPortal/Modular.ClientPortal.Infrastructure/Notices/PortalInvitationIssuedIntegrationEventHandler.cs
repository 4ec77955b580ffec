using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.ClientPortal.Infrastructure.Notices;

/// <summary>Emails an invitation's single-use personal link to the person's personal address.</summary>
internal sealed class PortalInvitationIssuedIntegrationEventHandler(PortalDbContext context, TimeProvider time, PortalMessages messages)
    : IdempotentIntegrationEventHandler<PortalInvitationIssuedIntegrationEvent, PortalDbContext>(context, time)
{
    public const string Template = "portal.invitation";

    protected override async Task HandleOnceAsync(PortalInvitationIssuedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        await messages.SendEmailAsync(
            Template, e.Language, e.DisplayName, e.Email,
            new Dictionary<string, string>
            {
                ["person_name"] = e.DisplayName,
                ["company_name"] = e.CompanyName,
                ["insurer_name"] = await messages.InsurerNameAsync(e.InsurerId, cancellationToken),
                ["url"] = messages.Reveal(e.ProtectedToken, e.InvitationId),
                ["expires_at"] = messages.Time.DateAndTime(e.ExpiresAt, e.Language),
            },
            e.InvitationId, e.InsurerId, e.EventId.ToString(), cancellationToken);
    }
}
