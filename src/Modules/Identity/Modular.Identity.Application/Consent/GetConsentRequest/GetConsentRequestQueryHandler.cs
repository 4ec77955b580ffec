using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Consent;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Consent.GetConsentRequest;

internal sealed class GetConsentRequestQueryHandler(IApiClientRegistry clients, IEnumerable<ApiScopeDefinition> scopes)
    : IRequestHandler<GetConsentRequestQuery, Result<ConsentRequestDto>>
{
    public async Task<Result<ConsentRequestDto>> Handle(GetConsentRequestQuery request, CancellationToken cancellationToken)
    {
        if (await clients.FindAsync(request.ClientId, cancellationToken) is not { } client)
        {
            return IdentityErrors.ClientNotFound;
        }

        var culture = request.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";
        var definitions = scopes.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var described = request.Scopes
            .Where(client.AllowedScopes.Contains)
            .Select(s => new ConsentScopeDto(s, definitions.TryGetValue(s, out var d) ? d.Describe(culture) : StandardScopes.Describe(s, culture)))
            .ToList();
        return new ConsentRequestDto(client.ClientId, client.DisplayName, described);
    }
}
