using Modular.SharedKernel.Security;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Modular.Identity.Infrastructure.Seeding;

/// <summary>The two demonstration clients of a development machine, kept allowed every declared scope.</summary>
internal static class DemoClients
{
    public const string PartnerId = "demo-partner";
    public const string PartnerSecret = "demo-partner-secret";
    public const string CliId = "demo-cli";
    public const string CliRedirectUri = "http://127.0.0.1:8765/callback";

    private static readonly string[] StandardScopes = [Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess];

    public static OpenIddictApplicationDescriptor Partner(IEnumerable<ApiScopeDefinition> scopes, Guid organisationId)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = PartnerId,
            ClientSecret = PartnerSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = "Partenaire de démonstration",
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials },
        };
        descriptor.Properties[OpenIdConnect.ApiClientRegistry.OrganisationProperty] = System.Text.Json.JsonSerializer.SerializeToElement(organisationId);
        AddScopes(descriptor, scopes);
        return descriptor;
    }

    public static OpenIddictApplicationDescriptor Cli(IEnumerable<ApiScopeDefinition> scopes)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = CliId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Script de démonstration",
            RedirectUris = { new Uri(CliRedirectUri) },
            PostLogoutRedirectUris = { new Uri(CliRedirectUri) },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.GrantTypes.TokenExchange,
                Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var scope in StandardScopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        AddScopes(descriptor, scopes);
        return descriptor;
    }

    /// <summary>
    /// Adds any declared scope the client is not yet allowed (and, to the script, the token exchange a
    /// mandatary acts with); true when something changed.
    /// </summary>
    public static bool AddScopes(OpenIddictApplicationDescriptor descriptor, IEnumerable<ApiScopeDefinition> scopes)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var changed = descriptor.ClientId == CliId && descriptor.Permissions.Add(Permissions.GrantTypes.TokenExchange);
        foreach (var scope in scopes)
        {
            changed |= descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope.Name);
        }

        return changed;
    }
}
