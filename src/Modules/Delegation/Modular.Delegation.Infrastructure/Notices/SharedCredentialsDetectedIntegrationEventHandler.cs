using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Delegation.Infrastructure.Persistence;
using Modular.Identity.Contracts;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;

namespace Modular.Delegation.Infrastructure.Notices;

/// <summary>
/// A mandatary's account was deactivated for shared credentials: each mandator they act for (by a
/// mandate in force) is told at the address they gave, with the seed's reason, in their language.
/// </summary>
internal sealed class SharedCredentialsDetectedIntegrationEventHandler(DelegationDbContext context, TimeProvider time, IMediator mediator, DisplayTime display)
    : IdempotentIntegrationEventHandler<SharedCredentialsDetectedIntegrationEvent, DelegationDbContext>(context, time)
{
    public const string Template = "delegation.shared-credentials";

    protected override async Task HandleOnceAsync(SharedCredentialsDetectedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var mandators = await Context.Mandates.AsNoTracking()
            .Where(m => m.MandataryId == e.UserId && m.RevokedAt == null && m.EndsAt > e.OccurredAt)
            .Join(Context.MandateRequests.AsNoTracking(), m => m.RequestId, r => r.Id, (m, r) => new { m.MandatorName, r.MandatorEmail, r.Language, r.OrganisationId, m.Id })
            .ToListAsync(cancellationToken);
        foreach (var mandator in mandators.DistinctBy(m => m.MandatorEmail))
        {
            var language = Languages.Of(mandator.Language);
            var model = new Dictionary<string, string>
            {
                ["mandator_name"] = mandator.MandatorName,
                ["mandatary_name"] = e.DisplayName,
                ["detected_at"] = display.DateAndTime(e.OccurredAt, language),
            };
            (await mediator.Send(
                new SendMessageCommand(Template, language, Channel.Email, new RecipientDto(mandator.MandatorName, mandator.MandatorEmail), model, DelegationModule.Name, mandator.Id.ToString(),
                    mandator.OrganisationId, $"{e.EventId}:{mandator.MandatorEmail}"),
                cancellationToken)).OrThrow($"Sending '{Template}' about {e.UserId} to {mandator.MandatorEmail}");
        }
    }
}
