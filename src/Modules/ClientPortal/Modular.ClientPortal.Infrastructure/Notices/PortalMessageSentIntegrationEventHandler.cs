using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Infrastructure.Persistence;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Text;

namespace Modular.ClientPortal.Infrastructure.Notices;

/// <summary>
/// A message in a company's thread reaches the other side by email: the client's to the company's
/// advisor, the advisor's reply to the company's active users, each in their language.
/// </summary>
internal sealed class PortalMessageSentIntegrationEventHandler(PortalDbContext context, TimeProvider time, PortalMessages messages, IMediator mediator)
    : IdempotentIntegrationEventHandler<PortalMessageSentIntegrationEvent, PortalDbContext>(context, time)
{
    public const string ToAdvisorTemplate = "portal.message-to-advisor";
    public const string ToClientTemplate = "portal.message-to-client";

    protected override async Task HandleOnceAsync(PortalMessageSentIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var recipients = e.FromClient
            ? [e.AdvisorId]
            : await Context.Members.AsNoTracking().Where(m => m.CompanyId == e.CompanyId && m.DeactivatedAt == null).Select(m => m.UserId).ToListAsync(cancellationToken);
        foreach (var userId in recipients)
        {
            var contact = await mediator.Send(new GetAccountContactQuery(userId), cancellationToken);
            if (contact.IsFailure || !contact.Value.IsActive)
            {
                continue;
            }

            var language = Languages.Of(contact.Value.PreferredLanguage);
            await messages.SendEmailAsync(
                e.FromClient ? ToAdvisorTemplate : ToClientTemplate, language, contact.Value.DisplayName, contact.Value.Email,
                new Dictionary<string, string>
                {
                    ["company_name"] = e.CompanyName,
                    ["author_name"] = e.AuthorName,
                    ["back_to_paper"] = e.Topic == PortalMessageTopic.BackToPaper ? "true" : "",
                    ["body"] = e.Body,
                    ["url"] = messages.PortalUrl(e.FromClient ? $"/Portal/Companies/Details/{e.CompanyId}" : "/Portal/Messages"),
                },
                e.MessageId, e.InsurerId, $"{e.EventId}:{userId}", cancellationToken);
        }
    }
}
