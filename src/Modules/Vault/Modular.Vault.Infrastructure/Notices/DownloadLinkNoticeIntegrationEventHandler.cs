using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Infrastructure.Messaging;
using Modular.Vault.Contracts;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Notices;

/// <summary>Tells the agent who made a link that it was used, locked or downloaded, in their language and time zone.</summary>
internal sealed class DownloadLinkNoticeIntegrationEventHandler(VaultDbContext context, TimeProvider time, VaultMessages messages)
    : IdempotentIntegrationEventHandler<DownloadLinkNoticeIntegrationEvent, VaultDbContext>(context, time)
{
    public static string TemplateOf(DownloadLinkNotice notice) => notice switch
    {
        DownloadLinkNotice.Used => "vault.link-used",
        DownloadLinkNotice.Locked => "vault.link-locked",
        DownloadLinkNotice.Downloaded => "vault.link-downloaded",
        _ => throw new ArgumentOutOfRangeException(nameof(notice), notice, null),
    };

    protected override async Task HandleOnceAsync(DownloadLinkNoticeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var e = integrationEvent;
        var (email, language) = await messages.AgentAsync(e.MakerId, e.MakerEmail, cancellationToken);
        if (email is null)
        {
            return;
        }

        // The folder the link was made from, by its name now (even if it has been deleted since).
        var folder = await Context.DownloadLinks.AsNoTracking()
            .Where(l => l.Id == e.LinkId)
            .Join(Context.Folders.IgnoreQueryFilters().AsNoTracking(), l => l.FolderId, f => f.Id, (_, f) => f.Name)
            .FirstOrDefaultAsync(cancellationToken);

        await messages.SendAsync(
            TemplateOf(e.Notice), language, Channel.Email, new RecipientDto(null, email),
            new Dictionary<string, string>
            {
                ["file_count"] = e.FileCount.ToString(CultureInfo.InvariantCulture),
                ["recipient"] = e.RecipientEmail ?? "",
                ["folder"] = folder ?? "",
                ["at"] = messages.Time.DateAndTime(e.OccurredAt, language),
            },
            e.LinkId, e.OrganisationId, e.EventId.ToString(), cancellationToken);
    }
}
