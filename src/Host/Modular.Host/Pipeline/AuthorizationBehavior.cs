using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Host.Pipeline;

/// <summary>
/// Enforces the attributes on a request (<see cref="RequireAuthenticatedAttribute"/>,
/// <see cref="RequireRoleAttribute"/>, <see cref="RequireScopeAttribute"/>) before the handler
/// runs. A request without any of them passes: it is internal, sent by code that checked its
/// caller (a page, an endpoint with its policy, a background consumer). Checks on the object a
/// request names (owner, membership) are made by its handler.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, RequestRequirements> Requirements = new();

    public static readonly Error NotAuthenticated = Error.Unauthorized("authentication-required", "Vous devez être connecté.");
    public static readonly Error RoleMissing = Error.Forbidden("role-required", "Vous n'avez pas les droits nécessaires pour cette action.");
    public static readonly Error ScopeMissing = Error.Forbidden("scope-required", "Le jeton d'accès n'a pas la portée nécessaire.");

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var requirements = Requirements.GetOrAdd(typeof(TRequest), RequestRequirements.Of);
        if (requirements.Error(user) is { } error)
        {
            return ResultFactory<TResponse>.Failure(error);
        }

        return await next();
    }

    private sealed record RequestRequirements(bool Authenticated, IReadOnlyList<IReadOnlyList<string>> Roles, IReadOnlyList<string> Scopes)
    {
        public static RequestRequirements Of(Type type)
        {
            var roles = type.GetCustomAttributes<RequireRoleAttribute>().Select(a => a.Roles).ToList();
            var scopes = type.GetCustomAttributes<RequireScopeAttribute>().Select(a => a.Scope).ToList();
            var authenticated = type.GetCustomAttribute<RequireAuthenticatedAttribute>() is not null || roles.Count > 0 || scopes.Count > 0;
            return new RequestRequirements(authenticated, roles, scopes);
        }

        public Error? Error(ICurrentUser user)
        {
            if (Authenticated && !user.IsAuthenticated)
            {
                return NotAuthenticated;
            }

            // Each role attribute is one condition: the caller has at least one of its roles.
            if (Roles.Any(anyOf => !anyOf.Any(user.IsInRole)))
            {
                return RoleMissing;
            }

            // Scopes bind tokens only: a person in their browser session is not limited by them.
            if (user.ClientId is not null && Scopes.Any(scope => !user.HasScope(scope)))
            {
                return ScopeMissing;
            }

            return null;
        }
    }
}
