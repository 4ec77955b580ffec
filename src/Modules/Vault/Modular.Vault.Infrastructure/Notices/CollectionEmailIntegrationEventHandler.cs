using System.Globalization;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.Vault.Contracts;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Notices;

/// <summary>Emails a collection request, or a reminder of it, to the person asked.</summary>
internal sealed class CollectionEmailIntegrationEventHandler(VaultDbContext context, TimeProvider time, VaultMessages messages)
    : IdempotentIntegrationEventHandler<CollectionEmailIntegrationEvent, VaultDbContext>(context, time)
{
    public const string RequestTemplate = "vault.collection-request";
    public const string ReminderTemplate = "vault.collection-reminder";

    protected override Task HandleOnceAsync(CollectionEmailIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        return messages.SendAsync(
            e.Email == CollectionEmail.Request ? RequestTemplate : ReminderTemplate, e.Language, Channel.Email, new RecipientDto(e.PersonName, e.RecipientEmail),
            new Dictionary<string, string>
            {
                ["url"] = e.ProtectedUrl is { } url ? messages.Reveal(url, e.RequestId) : "",
                ["organisation_name"] = e.OrganisationName,
                ["sender_name"] = e.SenderName,
                ["person_name"] = e.PersonName,
                ["items"] = string.Join("\n", e.MissingItems.Select(i => "- " + i)),
                ["item_count"] = e.MissingItems.Count.ToString(CultureInfo.InvariantCulture),
                ["deadline"] = messages.Time.Date(e.Deadline, e.Language),
                ["message"] = e.Message ?? "",
            },
            e.RequestId, e.OrganisationId, e.EventId.ToString(), cancellationToken);
    }
}
