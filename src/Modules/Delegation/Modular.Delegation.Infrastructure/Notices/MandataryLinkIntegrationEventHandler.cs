using MediatR;
using Modular.Delegation.Contracts;
using Modular.Delegation.Infrastructure.Persistence;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;

namespace Modular.Delegation.Infrastructure.Notices;

/// <summary>
/// Emails the mandatary the link to their « section Utilisateur », in the mandator's language: who
/// asks, for which service, until when the link works. Sent under the event's key, so a redelivered
/// event finds the first message.
/// </summary>
internal sealed class MandataryLinkIntegrationEventHandler(DelegationDbContext context, TimeProvider time, IMediator mediator, ISecretProtector secrets, DisplayTime display)
    : IdempotentIntegrationEventHandler<MandataryLinkIntegrationEvent, DelegationDbContext>(context, time)
{
    public const string Template = "delegation.mandatary-link";

    protected override async Task HandleOnceAsync(MandataryLinkIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var organisation = (await mediator.Send(new GetOrganisationNameQuery(e.OrganisationId), cancellationToken)).OrThrow($"Reading the name of organisation {e.OrganisationId}");
        var link = secrets.Unprotect(e.ProtectedLink)
            ?? throw new InvalidOperationException($"The link of event {e.EventId} cannot be decrypted: the data protection keys it was protected with are gone.");
        var model = new Dictionary<string, string>
        {
            ["mandatary_name"] = e.MandataryName,
            ["mandator_name"] = e.MandatorName,
            ["organisation"] = organisation,
            ["service"] = Languages.Of(e.Language) == Languages.English ? e.ServiceEnglish : e.ServiceFrench,
            ["link"] = link,
            ["expires_on"] = display.Date(e.ExpiresAt, e.Language),
        };
        (await mediator.Send(
            new SendMessageCommand(Template, Languages.Of(e.Language), Channel.Email, new RecipientDto(e.MandataryName, e.LinkEmail), model, DelegationModule.Name, e.RequestId.ToString(),
                e.OrganisationId, e.EventId.ToString()),
            cancellationToken)).OrThrow($"Sending '{Template}' for mandate request {e.RequestId}");
    }
}
