using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.SharedKernel.Text;
using Modular.Vault.Contracts;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Notices;

/// <summary>Tells a person, in their language, that a firm opened a folder to them, and where to find it.</summary>
internal sealed class FolderOpenedIntegrationEventHandler(VaultDbContext context, TimeProvider time, VaultMessages messages)
    : IdempotentIntegrationEventHandler<FolderOpenedIntegrationEvent, VaultDbContext>(context, time)
{
    public const string Template = "vault.folder-opened";

    protected override async Task HandleOnceAsync(FolderOpenedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var (email, language) = await messages.AgentAsync(e.PersonUserId, null, cancellationToken);
        if (email is null)
        {
            return;
        }

        var english = language == Languages.English;
        var level = e.Level switch
        {
            FolderAccessLevel.Read => english ? "read" : "consultation",
            FolderAccessLevel.Write => english ? "read and upload" : "consultation et dépôt",
            _ => english ? "full management" : "gestion complète",
        };
        await messages.SendAsync(
            Template, language, Channel.Email, new RecipientDto(null, email),
            new Dictionary<string, string>
            {
                ["folder"] = e.FolderName,
                ["level"] = level,
                ["url"] = e.FolderUrl,
                ["at"] = messages.Time.DateAndTime(e.OccurredAt, language),
            },
            e.FolderId, e.OrganisationId, e.EventId.ToString(), cancellationToken);
    }
}
