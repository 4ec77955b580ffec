using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Links;
using Modular.Vault.Contracts;

namespace Modular.Host.Hosting;

/// <summary>
/// Every absolute link we hand out, from <c>Modular:PublicBaseUrl</c> and the routes of the
/// Host's public pages, never from a request's Host or X-Forwarded-* headers (ADR 0023).
/// </summary>
internal sealed class PublicLinks : IPublicLinks
{
    public const string ConfigurationKey = "Modular:PublicBaseUrl";

    /// <summary>Where <c>dotnet run</c> serves the Host (launchSettings.json) when nothing is configured.</summary>
    public const string DevelopmentBaseUrl = "http://localhost:5080";

    /// <summary>The routes of the public pages, as their <c>@page</c> directives declare them.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [VaultPublicPages.DownloadLink.Name] = "/l/",
        [VaultPublicPages.Invitation.Name] = "/invitation/",
        [VaultPublicPages.CollectionDepot.Name] = "/depot/",
        [VaultPublicPages.GuestFolder.Name] = "/Guest/Folders/",
        [ClientPortal.Contracts.PortalPublicPages.Invitation.Name] = "/Portal/Invitation/",
        [ClientPortal.Contracts.PortalPublicPages.AccessForm.Name] = "/Portal/Request/",
        [Delegation.Contracts.DelegationPublicPages.MandataryPart.Name] = "/mandat/",
    };

    private PublicLinks(Uri baseUri)
    {
        BaseUri = baseUri;
        BaseUrl = baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public Uri BaseUri { get; }

    public string BaseUrl { get; }

    public string To(PublicPage page, string token)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Routes.TryGetValue(page.Name, out var route)
            ? BaseUrl + route + Uri.EscapeDataString(token)
            : throw new InvalidOperationException($"The public page '{page.Name}' has no route in the Host.");
    }

    /// <summary>
    /// Reads <c>Modular:PublicBaseUrl</c>: required outside Development (the Host refuses to start
    /// without it), an absolute http(s) address without query or fragment.
    /// </summary>
    public static PublicLinks FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (!environment.IsDevelopment())
            {
                throw new StartupException($"{ConfigurationKey} is not configured: outside Development the Host needs the public address people reach it at (e.g. https://modular.example.org), to build the links it sends.");
            }

            configured = DevelopmentBaseUrl;
        }

        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new StartupException($"{ConfigurationKey} '{configured}' is not an absolute http or https address without query or fragment.");
        }

        return new PublicLinks(uri);
    }
}
