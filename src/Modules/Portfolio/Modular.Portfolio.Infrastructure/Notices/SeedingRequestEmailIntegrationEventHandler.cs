using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Infrastructure.Persistence;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;

namespace Modular.Portfolio.Infrastructure.Notices;

/// <summary>
/// Emails a « demande d'amorçage », or its reminder, to the partner group's address, in French (the
/// partner groups are French): the firm that asks, the establishment (SIRET, name, address) and, for
/// a reminder, when it was first asked. Sent under the event's key, so a redelivered event finds the
/// first message; a refusal is thrown so that the outbox retries rather than losing the request.
/// </summary>
internal sealed class SeedingRequestEmailIntegrationEventHandler(PortfolioDbContext context, TimeProvider time, IMediator mediator, DisplayTime display)
    : IdempotentIntegrationEventHandler<SeedingRequestEmailIntegrationEvent, PortfolioDbContext>(context, time)
{
    public const string RequestTemplate = "portfolio.seeding-request";
    public const string ReminderTemplate = "portfolio.seeding-reminder";
    public const string Language = "fr";

    protected override async Task HandleOnceAsync(SeedingRequestEmailIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var firm = (await mediator.Send(new GetOrganisationNameQuery(e.FirmId), cancellationToken)).OrThrow($"Reading the name of firm {e.FirmId}");
        var model = new Dictionary<string, string>
        {
            ["firm_name"] = firm,
            ["partner_name"] = e.PartnerGroupName,
            ["siret"] = e.Siret,
            ["establishment_name"] = e.EstablishmentName ?? "",
            ["address"] = e.Address,
            ["requested_on"] = display.Date(e.RequestedAt, Language),
            ["reference"] = e.RequestId.ToString(),
        };
        var template = e.Reminder ? ReminderTemplate : RequestTemplate;
        (await mediator.Send(
            new SendMessageCommand(template, Language, Channel.Email, new RecipientDto(e.PartnerGroupName, e.ContactEmail), model, PortfolioModule.Name, e.RequestId.ToString(), e.FirmId, e.EventId.ToString()),
            cancellationToken)).OrThrow($"Sending '{template}' for seeding request {e.RequestId}");
    }
}
