namespace Modular.SharedKernel.Security;

/// <summary>Who is making the current request: a signed-in person, a person's app, or an API client.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>
    /// The account id of the person the request is made for; null for an API client acting for
    /// itself. A mandatary acting for their mandator is the mandator here (<see cref="ActorId"/> is
    /// the mandatary): the request reaches the mandator's data, and what it writes names both.
    /// </summary>
    Guid? UserId { get; }

    /// <summary>The mandatary who makes the request for <see cref="UserId"/>, when one does (« pour le compte de »).</summary>
    Guid? ActorId => null;

    Guid? OrganisationId { get; }

    /// <summary>The OAuth client the request came through, when it came with a token.</summary>
    string? ClientId { get; }

    bool IsInRole(string role);

    bool HasScope(string scope);
}

public static class CurrentUserExtensions
{
    /// <summary>
    /// The caller's account id, for requests whose role requirement already guarantees a signed-in
    /// person (the authorization behavior runs first); its absence is a bug.
    /// </summary>
    public static Guid RequireUserId(this ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.UserId ?? throw new InvalidOperationException("A request that needs a person reached its handler without one.");
    }
}
