using System.Globalization;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.Vault.Contracts;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Notices;

/// <summary>Tells the agent who asked that a document came in for their collection request.</summary>
internal sealed class DocumentCollectedIntegrationEventHandler(VaultDbContext context, TimeProvider time, VaultMessages messages)
    : IdempotentIntegrationEventHandler<DocumentCollectedIntegrationEvent, VaultDbContext>(context, time)
{
    public const string Template = "vault.document-collected";

    protected override async Task HandleOnceAsync(DocumentCollectedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var (email, language) = await messages.AgentAsync(e.AgentId, e.AgentEmail, cancellationToken);
        if (email is null)
        {
            return;
        }

        await messages.SendAsync(
            Template, language, Channel.Email, new RecipientDto(null, email),
            new Dictionary<string, string>
            {
                ["person_name"] = e.PersonName,
                ["item"] = e.Item,
                ["file_name"] = e.FileName,
                ["at"] = messages.Time.DateAndTime(e.OccurredAt, language),
                ["missing_count"] = e.MissingCount.ToString(CultureInfo.InvariantCulture),
            },
            e.RequestId, e.OrganisationId, e.EventId.ToString(), cancellationToken);
    }
}
