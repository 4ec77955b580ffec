using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;

namespace Modular.ClientPortal.Infrastructure.Notices;

/// <summary>Tells the requester that their access request arrived and what happens next.</summary>
internal sealed class AccessRequestReceivedIntegrationEventHandler(PortalDbContext context, TimeProvider time, PortalMessages messages)
    : IdempotentIntegrationEventHandler<AccessRequestReceivedIntegrationEvent, PortalDbContext>(context, time)
{
    public const string Template = "portal.access-request-received";

    protected override async Task HandleOnceAsync(AccessRequestReceivedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        await messages.SendEmailAsync(
            Template, e.Language, e.Email, e.Email,
            new Dictionary<string, string> { ["company_name"] = e.CompanyName, ["insurer_name"] = await messages.InsurerNameAsync(e.InsurerId, cancellationToken) },
            e.RequestId, e.InsurerId, e.EventId.ToString(), cancellationToken);
    }
}
