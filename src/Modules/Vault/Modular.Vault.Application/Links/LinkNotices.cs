using Modular.Vault.Contracts;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links;

/// <summary>What the agent who made a link is told about it: an event saved with the change it reports.</summary>
internal static class LinkNotices
{
    public static DownloadLinkNoticeIntegrationEvent Notice(this DownloadLink link, DownloadLinkNotice notice, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), now, link.Id, link.OrganisationId, notice, link.CreatedBy, link.CreatedByEmail, link.RecipientEmail, link.DocumentIds.Count);
}
