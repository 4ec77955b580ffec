using Modular.Notifications.Application.Ports;
using Modular.Notifications.Domain.Templates;

namespace Modular.Notifications.Application.Sending.SendMessage;

/// <summary>
/// Finds the template to use: the requested culture, then French; in each, an admin's override
/// before the shipped default.
/// </summary>
internal sealed class TemplateResolver(INotificationsRepository repository, ITemplateCatalog catalog)
{
    public const string DefaultCulture = "fr";

    public static string Normalize(string? culture) =>
        string.IsNullOrWhiteSpace(culture) ? DefaultCulture : culture.Trim().Split('-', '_')[0].ToLowerInvariant();

    public async Task<(TemplateSource Source, string Culture)?> ResolveAsync(string key, string? culture, CancellationToken cancellationToken)
    {
        foreach (var candidate in new[] { Normalize(culture), DefaultCulture }.Distinct())
        {
            if (await repository.FindOverrideAsync(key, candidate, cancellationToken) is { } custom)
            {
                return (new TemplateSource(custom.Subject, custom.HtmlBody, custom.TextBody), candidate);
            }

            if (catalog.Find(key, candidate) is { } shipped)
            {
                return (shipped, candidate);
            }
        }

        return null;
    }
}
