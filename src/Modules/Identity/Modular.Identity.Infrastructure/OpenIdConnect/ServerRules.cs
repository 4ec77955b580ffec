using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Modular.Identity.Infrastructure.OpenIdConnect;

/// <summary>What we add to OpenIddict's own checks, each as an event handler.</summary>
internal static class ServerRules
{
    public static OpenIddictServerBuilder AddModularRules(this OpenIddictServerBuilder server, Uri issuer)
    {
        // The discovery document names every endpoint at the public address too, never at the
        // request's Host (OpenIddict builds them from the request, even with a fixed issuer).
        server.AddEventHandler<HandleConfigurationRequestContext>(handler => handler
            .UseInlineHandler(context =>
            {
                context.AuthorizationEndpoint = AtIssuer(context.AuthorizationEndpoint, issuer);
                context.TokenEndpoint = AtIssuer(context.TokenEndpoint, issuer);
                context.UserInfoEndpoint = AtIssuer(context.UserInfoEndpoint, issuer);
                context.EndSessionEndpoint = AtIssuer(context.EndSessionEndpoint, issuer);
                context.RevocationEndpoint = AtIssuer(context.RevocationEndpoint, issuer);
                context.IntrospectionEndpoint = AtIssuer(context.IntrospectionEndpoint, issuer);
                context.JsonWebKeySetEndpoint = AtIssuer(context.JsonWebKeySetEndpoint, issuer);
                context.DeviceAuthorizationEndpoint = AtIssuer(context.DeviceAuthorizationEndpoint, issuer);
                context.PushedAuthorizationEndpoint = AtIssuer(context.PushedAuthorizationEndpoint, issuer);
                return default;
            })
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom));

        // A client revokes only its own tokens (RFC 7009 §2.1). OpenIddict's own check lets anyone
        // revoke a token that names no audience, or whose audience the caller is.
        server.AddEventHandler<ValidateRevocationRequestContext>(handler => handler
            .UseInlineHandler(context =>
            {
                if (context.GenericTokenPrincipal is { } token && (context.ClientId is not { } caller || !token.HasPresenter(caller)))
                {
                    context.Reject(Errors.UnauthorizedClient, "The client application is not allowed to revoke a token issued to another client.");
                }

                return default;
            })
            .SetOrder(OpenIddictServerHandlers.Revocation.ValidateAuthorizedParty.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom));

        return server;
    }

    private static Uri? AtIssuer(Uri? endpoint, Uri issuer) => endpoint is null
        ? null
        : new UriBuilder(endpoint) { Scheme = issuer.Scheme, Host = issuer.Host, Port = issuer.Port }.Uri;
}
