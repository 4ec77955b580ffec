using MediatR;
using Modular.Delegation.Contracts;
using Modular.Delegation.Infrastructure.Persistence;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;

namespace Modular.Delegation.Infrastructure.Notices;

/// <summary>
/// Emails both parties of a mandate what became of it (approved, refused with the reason, revoked),
/// each at the address they gave, in the mandator's language. One key per recipient, derived from
/// the event's, so a redelivered event sends neither twice.
/// </summary>
internal sealed class MandateNoticeIntegrationEventHandler(DelegationDbContext context, TimeProvider time, IMediator mediator, DisplayTime display)
    : IdempotentIntegrationEventHandler<MandateNoticeIntegrationEvent, DelegationDbContext>(context, time)
{
    public const string ApprovedTemplate = "delegation.request-approved";
    public const string RefusedTemplate = "delegation.request-refused";
    public const string RevokedTemplate = "delegation.mandate-revoked";
    public const string RenewedTemplate = "delegation.mandate-renewed";

    protected override async Task HandleOnceAsync(MandateNoticeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var language = Languages.Of(e.Language);
        var template = e.Kind switch
        {
            MandateNoticeKind.Approved => ApprovedTemplate,
            MandateNoticeKind.Refused => RefusedTemplate,
            MandateNoticeKind.Renewed => RenewedTemplate,
            _ => RevokedTemplate,
        };
        var model = new Dictionary<string, string>
        {
            ["mandatary_name"] = e.MandataryName,
            ["mandator_name"] = e.MandatorName,
            ["service"] = language == Languages.English ? e.ServiceEnglish : e.ServiceFrench,
            ["ends_on"] = display.Date(e.EndsOn, language),
            ["reason"] = e.Reason ?? "",
        };
        foreach (var (name, email, suffix) in new[] { (e.MandatorName, e.MandatorEmail, "mandator"), (e.MandataryName, e.MandataryEmail, "mandatary") })
        {
            (await mediator.Send(
                new SendMessageCommand(template, language, Channel.Email, new RecipientDto(name, email), model, DelegationModule.Name, e.RequestId.ToString(), e.OrganisationId,
                    $"{e.EventId}:{suffix}"),
                cancellationToken)).OrThrow($"Sending '{template}' to the {suffix} of mandate request {e.RequestId}");
        }
    }
}
