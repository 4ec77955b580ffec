using Modular.SharedKernel.Security;

namespace Modular.UnitTests.Fakes;

/// <summary>
/// Who a use case runs for, as the Host's current user gives them: a person of an organisation
/// (with their roles, and the mandatary acting for them, if any), or an API client with its own
/// token (no person, only its client id).
/// </summary>
internal sealed class Caller(Guid? userId, Guid? organisationId, Guid? actorId = null, string[]? roles = null, string? clientId = null) : ICurrentUser
{
    public bool IsAuthenticated => UserId is not null || ClientId is not null;

    public Guid? UserId { get; } = userId;

    public Guid? ActorId { get; } = actorId;

    public Guid? OrganisationId { get; } = organisationId;

    public string? ClientId { get; } = clientId;

    public bool IsInRole(string role) => roles?.Contains(role) == true;

    public bool HasScope(string scope) => false;
}
