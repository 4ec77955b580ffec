using Modular.SharedKernel.Specifications;

namespace Modular.Notifications.Domain.Messages;

internal sealed class MessagesSearchSpec : Specification<Message>
{
    public MessagesSearchSpec(string? recipient, string? sendingModule, DeliveryStatus? status, int page, int pageSize)
    {
        if (!string.IsNullOrWhiteSpace(recipient))
        {
            var term = recipient.Trim().ToLowerInvariant();
            Query.Where(m => m.RecipientAddress.ToLower().Contains(term) || (m.RecipientName != null && m.RecipientName.ToLower().Contains(term)));
        }

        if (!string.IsNullOrWhiteSpace(sendingModule))
        {
            Query.Where(m => m.SendingModule == sendingModule);
        }

        if (status is { } wanted)
        {
            Query.Where(m => m.Status == wanted);
        }

        Query.OrderByDescending(m => m.CreatedAt).Page(page, pageSize).AsNoTracking();
    }
}

internal sealed class LettersSpec : Specification<Message>
{
    public LettersSpec(bool includePosted)
    {
        Query.Where(m => m.Channel == DeliveryChannel.Postal && m.Status == DeliveryStatus.Delivered);
        if (!includePosted)
        {
            Query.Where(m => m.PostedAt == null);
        }

        Query.OrderBy(m => m.CreatedAt).AsNoTracking();
    }
}
