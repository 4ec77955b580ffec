using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Contracts.ApiClients;

public sealed record ApiClientDto(string ClientId, string DisplayName, string Type, IReadOnlyList<string> Scopes, Guid? OrganisationId);

[RequireRole(IdentityRoles.Admin)]
public sealed record ListApiClientsQuery : IQuery<IReadOnlyList<ApiClientDto>>;

/// <summary>Every scope modules declare, for choosing what a client may ask for.</summary>
[RequireRole(IdentityRoles.Admin)]
public sealed record ListApiScopesQuery : IQuery<IReadOnlyList<ApiScopeDefinition>>;

public sealed record ApiClientSecretDto(string ClientId, string ClientSecret);

/// <summary>Registers a confidential client for client credentials; the secret is returned once.</summary>
[RequireRole(IdentityRoles.Admin)]
public sealed record RegisterApiClientCommand(string DisplayName, IReadOnlyList<string> Scopes, Guid? OrganisationId) : ICommand<ApiClientSecretDto>;

[RequireRole(IdentityRoles.Admin)]
public sealed record RotateApiClientSecretCommand(string ClientId) : ICommand<ApiClientSecretDto>;

[RequireRole(IdentityRoles.Admin)]
public sealed record DeleteApiClientCommand(string ClientId) : ICommand;
