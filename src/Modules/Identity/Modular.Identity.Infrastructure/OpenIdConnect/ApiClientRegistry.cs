using System.Security.Claims;
using System.Text.Json;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.ApiClients;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Modular.Identity.Infrastructure.OpenIdConnect;

internal sealed class ApiClientRegistry(
    IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens) : IApiClientRegistry
{
    public const string OrganisationProperty = "organisation_id";

    public async Task<IReadOnlyList<ApiClientDto>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<ApiClientDto>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            list.Add(await ToDtoAsync(application, cancellationToken));
        }

        return [.. list.OrderBy(c => c.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<ClientInfo?> FindAsync(string clientId, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return null;
        }

        var dto = await ToDtoAsync(application, cancellationToken);
        var explicitConsent = await applications.HasConsentTypeAsync(application, ConsentTypes.Explicit, cancellationToken);
        return new ClientInfo(dto.ClientId, dto.DisplayName, explicitConsent, [.. dto.Scopes, Scopes.OpenId]);
    }

    public async Task<IReadOnlyList<ApiClientReferenceDto>> ListOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var list = new List<ApiClientReferenceDto>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var client = await ReferenceAsync(application, cancellationToken);
            if (client.OrganisationId == organisationId && await applications.HasPermissionAsync(application, Permissions.GrantTypes.ClientCredentials, cancellationToken))
            {
                list.Add(client);
            }
        }

        return [.. list.OrderBy(c => c.DisplayName, StringComparer.CurrentCultureIgnoreCase).ThenBy(c => c.ClientId, StringComparer.Ordinal)];
    }

    public async Task<ApiClientReferenceDto?> FindReferenceAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application ? await ReferenceAsync(application, cancellationToken) : null;

    public async Task RegisterConfidentialAsync(string clientId, string secret, string displayName, IReadOnlyList<string> scopes, Guid? organisationId, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.ClientCredentials,
            },
        };
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        if (organisationId is { } id)
        {
            descriptor.Properties[OrganisationProperty] = JsonSerializer.SerializeToElement(id);
        }

        await applications.CreateAsync(descriptor, cancellationToken);
    }

    public async Task<bool> SetSecretAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application
            || !await applications.HasClientTypeAsync(application, ClientTypes.Confidential, cancellationToken))
        {
            return false;
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        descriptor.ClientSecret = secret;
        await applications.UpdateAsync(application, descriptor, cancellationToken);

        // Tokens issued under the old secret stop working with it.
        var id = await applications.GetIdAsync(application, cancellationToken);
        await tokens.RevokeByApplicationIdAsync(id!, cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(string clientId, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return false;
        }

        await applications.DeleteAsync(application, cancellationToken);
        return true;
    }

    public async Task GrantPermanentConsentAsync(Guid userId, string clientId, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException($"No client '{clientId}'.");
        var applicationId = await applications.GetIdAsync(application, cancellationToken);
        var subject = userId.ToString();
        var identity = new ClaimsIdentity(authenticationType: "consent");
        identity.AddClaim(new Claim(Claims.Subject, subject));
        await authorizations.CreateAsync(identity, subject, applicationId!, AuthorizationTypes.Permanent, [.. scopes], cancellationToken);
    }

    private async Task<ApiClientReferenceDto> ReferenceAsync(object application, CancellationToken cancellationToken) => new(
        (await applications.GetIdAsync(application, cancellationToken))!,
        (await applications.GetClientIdAsync(application, cancellationToken))!,
        await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
        await OrganisationOfAsync(application, cancellationToken));

    private async Task<Guid?> OrganisationOfAsync(object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return properties.TryGetValue(OrganisationProperty, out var value) && value.ValueKind == JsonValueKind.String ? value.GetGuid() : null;
    }

    private async Task<ApiClientDto> ToDtoAsync(object application, CancellationToken cancellationToken)
    {
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        var organisationId = await OrganisationOfAsync(application, cancellationToken);
        return new ApiClientDto(
            (await applications.GetClientIdAsync(application, cancellationToken))!,
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
            await applications.GetClientTypeAsync(application, cancellationToken) ?? ClientTypes.Public,
            [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..])],
            organisationId);
    }
}
