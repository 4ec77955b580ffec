using Modular.Identity.Contracts.ApiClients;

namespace Modular.Identity.Application.Ports;

/// <summary>OAuth clients and the consents people gave them, as the OpenID Connect server keeps them.</summary>
internal interface IApiClientRegistry
{
    Task<IReadOnlyList<ApiClientDto>> ListAsync(CancellationToken cancellationToken);

    Task<ClientInfo?> FindAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>The clients that get tokens of their own (client credentials) and work for the organisation, by name.</summary>
    Task<IReadOnlyList<ApiClientReferenceDto>> ListOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken);

    Task<ApiClientReferenceDto?> FindReferenceAsync(string clientId, CancellationToken cancellationToken);

    Task RegisterConfidentialAsync(string clientId, string secret, string displayName, IReadOnlyList<string> scopes, Guid? organisationId, CancellationToken cancellationToken);

    Task<bool> SetSecretAsync(string clientId, string secret, CancellationToken cancellationToken);

    /// <summary>Deletes the client, its authorizations and its tokens.</summary>
    Task<bool> DeleteAsync(string clientId, CancellationToken cancellationToken);

    Task GrantPermanentConsentAsync(Guid userId, string clientId, IReadOnlyList<string> scopes, CancellationToken cancellationToken);
}
