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

        identity.SetScopes(scopes);
        identity.SetDestinations(Destinations);
        return identity;
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

        identity.SetScopes(scopes);
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
