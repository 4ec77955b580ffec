using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.ClientPortal.Infrastructure.Notices;

/// <summary>Tells the requester that an advisor refused their access request, and why.</summary>
internal sealed class AccessRequestRefusedIntegrationEventHandler(PortalDbContext context, TimeProvider time, PortalMessages messages)
    : IdempotentIntegrationEventHandler<AccessRequestRefusedIntegrationEvent, PortalDbContext>(context, time)
{
    public const string Template = "portal.access-request-refused";

    protected override async Task HandleOnceAsync(AccessRequestRefusedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        await messages.SendEmailAsync(
            Template, e.Language, e.Email, e.Email,
            new Dictionary<string, string>
            {
                ["company_name"] = e.CompanyName,
                ["insurer_name"] = await messages.InsurerNameAsync(e.InsurerId, cancellationToken),
                ["reason"] = e.Reason,
            },
            e.RequestId, e.InsurerId, e.EventId.ToString(), cancellationToken);
    }
}
