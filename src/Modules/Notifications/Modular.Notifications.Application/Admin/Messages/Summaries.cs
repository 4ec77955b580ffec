using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Messages;

namespace Modular.Notifications.Application.Admin.Messages;

internal static class Summaries
{
    public static LetterDto Letter(Message m) =>
        new(m.Id, m.CreatedAt, m.RecipientName ?? "", m.RecipientAddress, m.SendingModule, (m.CostCents ?? 0) / 100m, m.PostedAt, m.OrganisationId, Enclosures(m));

    public static IReadOnlyList<EnclosureInfoDto> Enclosures(Message m) =>
        [.. m.Enclosures.OrderBy(e => e.Position).Select(e => new EnclosureInfoDto(e.Position, e.FileName, e.ContentType, e.Length, e.BlobId))];

    public static MessageSummaryDto Of(Message m) => new(
        m.Id, m.CreatedAt, (Channel)m.Channel, m.Channel == DeliveryChannel.Postal ? m.RecipientName ?? m.RecipientAddress : m.RecipientAddress,
        m.TemplateKey, m.Culture, m.SendingModule, (MessageStatus)m.Status, m.Attempts, m.LastError);
}
