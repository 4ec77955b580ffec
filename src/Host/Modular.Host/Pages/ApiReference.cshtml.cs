using MediatR;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.Localization;
using Modular.Host.Api;
using Modular.SharedKernel.Links;
using Modular.SharedKernel.Security;

namespace Modular.Host.Pages;

/// <summary>A browsable reference of the API, built from the same endpoint descriptions as the OpenAPI document.</summary>
public sealed class ApiReferenceModel(
    IMediator mediator,
    IStringLocalizer<SharedResource> localizer,
    IApiDescriptionGroupCollectionProvider descriptions,
    IEnumerable<ApiScopeDefinition> scopes,
    IPublicLinks links) : ModularPageModel(mediator, localizer)
{
    public sealed record EndpointRow(string Method, string Path, string? Summary, string? Scope, IReadOnlyList<int> Responses);

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
                d.RelativePath!,
                d.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>().FirstOrDefault()?.Summary,
                d.ActionDescriptor.EndpointMetadata.OfType<RequiredScopeMetadata>().FirstOrDefault()?.Scope,
                [.. d.SupportedResponseTypes.Select(r => r.StatusCode).Distinct().Order()]))];
    }
}
