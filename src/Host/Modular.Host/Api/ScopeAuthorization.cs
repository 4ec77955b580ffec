using Microsoft.AspNetCore.Authorization;
using Modular.Identity.Infrastructure;
using OpenIddict.Abstractions;

namespace Modular.Host.Api;

/// <summary>Says which scope an endpoint needs, for the OpenAPI document and the reference page.</summary>
internal sealed record RequiredScopeMetadata(string Scope);

/// <summary>The one way every module's API endpoints demand a bearer token and a scope.</summary>
internal static class ScopeAuthorization
{
    /// <summary>Any valid bearer token from our server.</summary>
    public static readonly AuthorizationPolicy AnyToken = new AuthorizationPolicyBuilder(IdentityModule.BearerScheme)
        .RequireAuthenticatedUser()
        .Build();

    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder
    {
        var policy = new AuthorizationPolicyBuilder(IdentityModule.BearerScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(scope))
            .Build();
        return builder.RequireAuthorization(policy).WithMetadata(new RequiredScopeMetadata(scope));
    }
}
