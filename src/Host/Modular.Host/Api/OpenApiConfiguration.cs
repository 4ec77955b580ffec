using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Modular.SharedKernel.Security;

namespace Modular.Host.Api;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: every <c>/api/v1</c> endpoint, the OAuth 2.0
/// flows of our server, and on each operation the scope it needs.
/// </summary>
internal static class OpenApiConfiguration
{
    public const string SchemeName = "oauth2";

    public static IServiceCollection AddModularOpenApi(this IServiceCollection services) => services.AddOpenApi("v1", options =>
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;

        options.AddDocumentTransformer((document, context, _) =>
        {
            var scopes = context.ApplicationServices.GetServices<ApiScopeDefinition>()
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .ToDictionary(s => s.Name, s => s.DescriptionEn);
            document.Info = new OpenApiInfo
            {
                Title = "Modular API",
                Version = "v1",
                Description = "Documents and delegated access for third-party systems. Every endpoint needs a bearer access token from this server's OpenID Connect provider; errors are RFC 9457 problem details.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Client credentials for systems, authorization code with PKCE (S256) for apps acting for a person.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri("/connect/token", UriKind.Relative), Scopes = scopes },
                    AuthorizationCode = new OpenApiOAuthFlow
                    {
                        AuthorizationUrl = new Uri("/connect/authorize", UriKind.Relative),
                        TokenUrl = new Uri("/connect/token", UriKind.Relative),
                        Scopes = scopes,
                    },
                },
            };
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (!metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<AuthorizationPolicy>().Any())
            {
                return Task.CompletedTask;
            }

            var scopes = metadata.OfType<RequiredScopeMetadata>().Select(m => m.Scope).ToList();
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = scopes }];
            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No token, or an invalid or expired one (problem details, WWW-Authenticate)." });
            if (scopes.Count > 0)
            {
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The token lacks the scope {string.Join(", ", scopes)} (problem details)." });
            }

            return Task.CompletedTask;
        });
    });
}
