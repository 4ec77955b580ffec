using System.Globalization;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Collections;

/// <summary>The emails to the person asked: the request, and its reminders (with a new link, or none for the automatic one).</summary>
internal static class CollectionMail
{
    public const string RequestTemplate = "vault.collection-request";
    public const string ReminderTemplate = "vault.collection-reminder";

    public static string Url(string publicBaseUrl, string token) => $"{publicBaseUrl.TrimEnd('/')}/depot/{token}";

    /// <summary>Sends <paramref name="template"/> to the person; <paramref name="url"/> empty for a reminder without link. True when stored for delivery.</summary>
    public static async Task<bool> SendAsync(IMediator mediator, CollectionRequest collection, string template, string? culture, string url, string senderName, string idempotencyKey, CancellationToken cancellationToken)
    {
        var language = culture?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "fr";
        var format = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "fr-FR");
        var missing = collection.Items.Where(i => !collection.IsReceived(i)).ToList();
        var sent = await mediator.Send(
            new SendMessageCommand(
                template,
                language,
                Channel.Email,
                new RecipientDto(collection.PersonName, collection.RecipientEmail),
                new Dictionary<string, string>
                {
                    ["url"] = url,
                    ["organisation_name"] = collection.OrganisationName,
                    ["sender_name"] = senderName,
                    ["person_name"] = collection.PersonName,
                    ["items"] = string.Join("\n", missing.Select(i => "- " + i)),
                    ["item_count"] = missing.Count.ToString(CultureInfo.InvariantCulture),
                    ["deadline"] = collection.Deadline.ToString("d MMMM yyyy", format),
                    ["message"] = collection.Message ?? "",
                },
                "Vault",
                collection.Id.ToString(),
                collection.OrganisationId,
                idempotencyKey),
            cancellationToken);
        return sent.IsSuccess;
    }
}
