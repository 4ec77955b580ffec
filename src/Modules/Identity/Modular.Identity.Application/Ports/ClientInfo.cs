namespace Modular.Identity.Application.Ports;

internal sealed record ClientInfo(string ClientId, string DisplayName, bool RequiresExplicitConsent, IReadOnlyList<string> AllowedScopes);
