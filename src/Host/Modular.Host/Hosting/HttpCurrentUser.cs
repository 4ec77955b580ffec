using System.Security.Claims;
using Modular.Identity.Contracts;
using Modular.SharedKernel.Security;
using OpenIddict.Abstractions;

namespace Modular.Host.Hosting;

/// <summary>The caller of the current HTTP request, from the session cookie or the bearer token.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid? UserId => IsAuthenticated && Guid.TryParse(Principal.FindFirstValue(OpenIddictConstants.Claims.Subject), out var id) ? id : null;

    public Guid? OrganisationId => Guid.TryParse(Principal.FindFirstValue(IdentityClaimTypes.OrganisationId), out var id) ? id : null;

    public string? ClientId => IsAuthenticated ? Principal.FindFirstValue(OpenIddictConstants.Claims.ClientId) ?? Principal.GetPresenters().FirstOrDefault() : null;

    public bool IsInRole(string role) => Principal.HasClaim(OpenIddictConstants.Claims.Role, role);

    public bool HasScope(string scope) => Principal.HasScope(scope);
}
