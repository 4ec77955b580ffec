using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using Modular.Identity.Contracts;
using Modular.Identity.Infrastructure.Accounts;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Modular.Identity.Infrastructure.OpenIdConnect;

/// <summary>Builds the identities carried by tokens, and says which token each claim goes into.</summary>
internal static class PrincipalFactory
{
    /// <summary>
    /// The audience (<c>aud</c>) of every access token meant for our API, which refuses any other
    /// token: one whose scopes are only OpenID Connect's (a sign-in) reaches no API endpoint.
    /// </summary>
    public const string ApiAudience = "modular-api";

    private static readonly string[] OpenIdConnectScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess];

    public static async Task<ClaimsIdentity> ForUserAsync(UserManager<ApplicationUser> users, ApplicationUser user, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.Email)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        if (user.OrganisationId is { } organisationId)
        {
            identity.SetClaim(IdentityClaimTypes.OrganisationId, organisationId.ToString());
        }

        return WithScopes(identity, scopes);
    }

    public static ClaimsIdentity ForClient(string clientId, string? displayName, IReadOnlyDictionary<string, JsonElement> properties, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName ?? clientId);
        if (properties.TryGetValue(ApiClientRegistry.OrganisationProperty, out var organisation) && organisation.ValueKind == JsonValueKind.String)
        {
            identity.SetClaim(IdentityClaimTypes.OrganisationId, organisation.GetString());
        }

        // A client's own token (client credentials) is only ever for the API.
        identity.SetResources(ApiAudience);
        return WithScopes(identity, scopes);
    }

    /// <summary>
    /// A token that acts for <paramref name="mandator"/> in one service (RFC 8693): <c>sub</c> is the
    /// mandator, <c>act</c> the mandatary, the mandate named so the API checks it on every call, no
    /// role but Agent's, and only the service's scopes the mandatary's own token held.
    /// </summary>
    public static ClaimsIdentity ForActing(ApplicationUser mandator, Guid mandataryId, string mandataryName, Guid mandateId, IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(mandator);
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, mandator.Id.ToString())
            .SetClaim(Claims.Name, mandator.DisplayName)
            .SetClaim(Claims.Role, IdentityRoles.Agent)
            .SetClaim(ActClaim, JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["sub"] = mandataryId.ToString(), ["name"] = mandataryName }))
            .SetClaim(MandateClaim, mandateId.ToString());
        if (mandator.OrganisationId is { } organisationId)
        {
            identity.SetClaim(IdentityClaimTypes.OrganisationId, organisationId.ToString());
        }

        identity.SetScopes(scopes);
        identity.SetResources(ApiAudience);
        identity.SetDestinations(_ => [OpenIddictConstants.Destinations.AccessToken]);
        return identity;
    }

    /// <summary>RFC 8693's actor claim.</summary>
    public const string ActClaim = "act";

    /// <summary>The mandate an acting token was issued on.</summary>
    public const string MandateClaim = "mandate_id";

    private static ClaimsIdentity WithScopes(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        var granted = scopes.ToList();
        identity.SetScopes(granted);

        // Every scope the server accepts beyond OpenID Connect's is an API scope a module declared.
        if (granted.Except(OpenIdConnectScopes, StringComparer.Ordinal).Any())
        {
            identity.SetResources(ApiAudience);
        }

        identity.SetDestinations(Destinations);
        return identity;
    }

    private static IEnumerable<string> Destinations(Claim claim)
    {
        // Every claim the API needs is in the access token; the identity token gets what the scopes allow.
        yield return OpenIddictConstants.Destinations.AccessToken;
        var scopes = claim.Subject?.GetScopes() ?? [];
        var inIdentityToken = claim.Type switch
        {
            Claims.Name or Claims.PreferredUsername or IdentityClaimTypes.OrganisationId => scopes.Contains(Scopes.Profile),
            Claims.Email => scopes.Contains(Scopes.Email),
            Claims.Role => scopes.Contains(Scopes.Roles),
            _ => false,
        };
        if (inIdentityToken)
        {
            yield return OpenIddictConstants.Destinations.IdentityToken;
        }
    }
}
