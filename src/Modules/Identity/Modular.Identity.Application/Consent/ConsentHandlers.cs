using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Consent;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Consent;

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

internal sealed class GrantConsentCommandHandler(ICurrentUser user, IApiClientRegistry clients) : IRequestHandler<GrantConsentCommand, Result>
{
    public async Task<Result> Handle(GrantConsentCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        if (await clients.FindAsync(request.ClientId, cancellationToken) is not { } client)
        {
            return IdentityErrors.ClientNotFound;
        }

        // A person can only allow what the client is registered for.
        var granted = request.Scopes.Where(client.AllowedScopes.Contains).Distinct().ToList();
        await clients.GrantPermanentConsentAsync(userId, client.ClientId, granted, cancellationToken);
        return Result.Success();
    }
}

internal static class StandardScopes
{
    public static string Describe(string scope, string culture) => (scope, culture) switch
    {
        ("openid", "en") => "Know who you are",
        ("openid", _) => "Connaître votre identité",
        ("profile", "en") => "Read your name, organisation and roles",
        ("profile", _) => "Lire votre nom, votre organisation et vos rôles",
        ("email", "en") => "Read your email address",
        ("email", _) => "Lire votre adresse e-mail",
        ("offline_access", "en") => "Stay connected when you are away",
        ("offline_access", _) => "Rester connecté en votre absence",
        _ => scope,
    };
}
