using Modular.SharedKernel.Security;

namespace Modular.SharedKernel.Infrastructure.Seeding;

/// <summary>
/// The caller a demo seed acts as: an account (or, to look accounts up, no account and a role).
/// It comes with no token, so scopes do not bind it, as for a person in their browser session;
/// roles and every check in the handlers apply as they would to that person.
/// </summary>
public sealed class SeedActor(Guid? userId, Guid? organisationId, IReadOnlyCollection<string> roles) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public Guid? UserId { get; } = userId;

    public Guid? OrganisationId { get; } = organisationId;

    public string? ClientId => null;

    public bool IsInRole(string role) => roles.Contains(role);

    public bool HasScope(string scope) => false;
}
