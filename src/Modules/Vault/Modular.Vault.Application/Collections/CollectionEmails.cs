using Modular.SharedKernel.Text;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Collections;

namespace Modular.Vault.Application.Collections;

/// <summary>The emails to the person asked (the request and its reminders), as events saved with the change that calls for them.</summary>
internal static class CollectionEmails
{
    /// <summary>The event for <paramref name="email"/>; <paramref name="protectedUrl"/> is null for the automatic reminder, which carries no link (ADR 0020).</summary>
    public static CollectionEmailIntegrationEvent For(
        CollectionRequest collection, CollectionEmail email, string? culture, string senderName, string? protectedUrl, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), now, collection.Id, collection.OrganisationId, email, Languages.Of(culture), collection.OrganisationName, senderName,
            collection.PersonName, collection.RecipientEmail, [.. collection.Items.Where(i => !collection.IsReceived(i))], collection.Deadline, collection.Message, protectedUrl);
}
