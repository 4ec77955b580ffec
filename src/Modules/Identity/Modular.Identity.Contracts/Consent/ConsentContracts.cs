using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Contracts.Consent;

public sealed record ConsentScopeDto(string Name, string Description);

public sealed record ConsentRequestDto(string ClientId, string ClientDisplayName, IReadOnlyList<ConsentScopeDto> Scopes);

/// <summary>What a third-party app asks the signed-in person to allow.</summary>
[RequireAuthenticated]
public sealed record GetConsentRequestQuery(string ClientId, IReadOnlyList<string> Scopes, string Culture) : IQuery<ConsentRequestDto>;

/// <summary>Remembers that the signed-in person allows the app these scopes.</summary>
[RequireAuthenticated]
public sealed record GrantConsentCommand(string ClientId, IReadOnlyList<string> Scopes) : ICommand;
