using Modular.Vault.Contracts;
using Modular.Vault.Domain.Collections;

namespace Modular.Vault.Application.Collections;

internal static class CollectionMapping
{
    public static IReadOnlyList<CollectionItemDto> ItemsToDto(this CollectionRequest collection) =>
        [.. collection.Items.Select(item => new CollectionItemDto(item, [.. collection.Received.Where(r => r.Item == item).Select(r => new CollectedFileDto(r.FileName, r.At))]))];

    public static CollectionRequestDto ToDto(this CollectionRequest collection, DateTimeOffset now) =>
        new(collection.Id, collection.FolderId, collection.PersonId, collection.PersonName, collection.RecipientEmail, collection.ItemsToDto(), collection.Deadline, collection.Message,
            (CollectionStatus)collection.StateAt(now), collection.RemindersSent, collection.LastReminderAt, collection.CreatedAt, collection.CancelledAt);
}
