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

/// <summary>
/// An API client as other modules refer to it: <see cref="Id"/> is the OpenID Connect server's own
/// id of the client, never given to another one (a deleted client's <see cref="ClientId"/> could
/// be); <see cref="OrganisationId"/> is the organisation it works for, if any.
/// </summary>
public sealed record ApiClientReferenceDto(string Id, string ClientId, string DisplayName, Guid? OrganisationId);

/// <summary>
/// The client-credentials API clients of the caller's organisation, by name, for an agent to
/// choose from (none for a caller without an organisation).
/// </summary>
[RequireRole(IdentityRoles.Agent)]
public sealed record ListOrganisationApiClientsQuery : IQuery<IReadOnlyList<ApiClientReferenceDto>>;

/// <summary>
/// The API client that authenticates as <paramref name="ClientId"/>, for a module that recognises a
/// client's own token (<c>client-not-found</c> when there is none). Internal only: it carries no
/// requirement, so no page or endpoint may expose it.
/// </summary>
public sealed record FindApiClientQuery(string ClientId) : IQuery<ApiClientReferenceDto>;
