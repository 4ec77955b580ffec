using System.Security.Claims;
using Modular.Delegation.Contracts;
using Modular.Identity.Contracts;
using Modular.SharedKernel.Security;
using OpenIddict.Abstractions;

namespace Modular.Host.Hosting;

/// <summary>
/// The caller of the current HTTP request, from the session cookie or the bearer token. A mandatary
/// acting for their mandator (<see cref="ActingFor"/>) is the mandator, with themselves as actor,
/// and holds no role but Agent's in the mandated service.
/// </summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    private ActingMandateDto? Acting => ActingFor.Current(accessor.HttpContext);

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid? UserId => Acting?.MandatorId ?? (IsAuthenticated && Guid.TryParse(Principal.FindFirstValue(OpenIddictConstants.Claims.Subject), out var id) ? id : null);

    public Guid? ActorId => Acting?.MandataryId ?? (IsAuthenticated ? ActingFor.ActorOf(Principal) : null);

    public Guid? OrganisationId => Guid.TryParse(Principal.FindFirstValue(IdentityClaimTypes.OrganisationId), out var id) ? id : null;

    public string? ClientId => IsAuthenticated ? Principal.FindFirstValue(OpenIddictConstants.Claims.ClientId) ?? Principal.GetPresenters().FirstOrDefault() : null;

    public bool IsInRole(string role) => Acting is not null ? role == IdentityRoles.Agent : Principal.HasClaim(OpenIddictConstants.Claims.Role, role);

    public bool HasScope(string scope) => Principal.HasScope(scope);
}
