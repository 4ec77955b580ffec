using MediatR;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.Localization;
using Modular.Host.Api;
using Modular.SharedKernel.Links;
using Modular.SharedKernel.Security;

namespace Modular.Host.Pages;

/// <summary>A browsable reference of the API, built from the same endpoint descriptions as the OpenAPI document.</summary>
public sealed partial class ApiReferenceModel(
    IMediator mediator,
    IStringLocalizer<SharedResource> localizer,
    IApiDescriptionGroupCollectionProvider descriptions,
    IEnumerable<ApiScopeDefinition> scopes,
    IPublicLinks links) : ModularPageModel(mediator, localizer)
{
    /// <param name="Anonymous">Called without a token (a link's own secret stands in for it).</param>
    public sealed record EndpointRow(string Method, string Path, string? Summary, string? Scope, bool Anonymous, IReadOnlyList<int> Responses);

    public IReadOnlyList<EndpointRow> Endpoints { get; private set; } = [];

    public IReadOnlyList<ApiScopeDefinition> Scopes { get; private set; } = [];

    public string BaseUrl => links.BaseUrl;

    public void OnGet()
    {
        Scopes = [.. scopes.OrderBy(s => s.Name, StringComparer.Ordinal)];
        Endpoints = [.. descriptions.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true)
            .OrderBy(d => d.RelativePath, StringComparer.Ordinal)
            .ThenBy(d => d.HttpMethod, StringComparer.Ordinal)
            .Select(d => new EndpointRow(
                d.HttpMethod ?? "GET",
                PublicPath(d.RelativePath!),
                Summary(d.ActionDescriptor.EndpointMetadata),
                d.ActionDescriptor.EndpointMetadata.OfType<RequiredScopeMetadata>().FirstOrDefault()?.Scope,
                d.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any(),
                [.. d.SupportedResponseTypes.Select(r => r.StatusCode).Distinct().Order()]))];
    }

    /// <summary>The path as callers write it: no route constraints (<c>{id:guid}</c> is <c>{id}</c>), no trailing slash.</summary>
    public static string PublicPath(string relativePath) => RouteConstraint().Replace(relativePath, "{$1}").TrimEnd('/');

    /// <summary>The endpoint's summary in the page's language (<c>Api.Endpoint.{name}</c>), else as the endpoint declares it.</summary>
    private string? Summary(IList<object> metadata)
    {
        var declared = metadata.OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>().FirstOrDefault()?.Summary;
        if (metadata.OfType<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>().FirstOrDefault()?.EndpointName is not { } name)
        {
            return declared;
        }

        var localized = L[$"Api.Endpoint.{name}"];
        return localized.ResourceNotFound ? declared : localized.Value;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial System.Text.RegularExpressions.Regex RouteConstraint();
}
