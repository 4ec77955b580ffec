using System.Globalization;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.Vault.Contracts;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Notices;

/// <summary>Emails a download link to its recipient (never the code: the agent passes it on by another channel).</summary>
internal sealed class DownloadLinkCreatedIntegrationEventHandler(VaultDbContext context, TimeProvider time, VaultMessages messages)
    : IdempotentIntegrationEventHandler<DownloadLinkCreatedIntegrationEvent, VaultDbContext>(context, time)
{
    public const string Template = "vault.download-link";

    protected override Task HandleOnceAsync(DownloadLinkCreatedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        return messages.SendAsync(
            Template, e.Language, Channel.Email, new RecipientDto(null, e.RecipientEmail),
            new Dictionary<string, string>
            {
                ["url"] = messages.Reveal(e.ProtectedUrl, e.LinkId),
                ["organisation_name"] = e.OrganisationName,
                ["sender_name"] = e.SenderName,
                ["file_count"] = e.FileCount.ToString(CultureInfo.InvariantCulture),
                ["expires_at"] = messages.Time.DateAndTime(e.ExpiresAt, e.Language),
            },
            e.LinkId, e.OrganisationId, e.EventId.ToString(), cancellationToken);
    }
}
