using Modular.Delegation.Contracts;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Services;

/// <summary>Whether the caller processes mandate requests: an administrator, or « Traitement des mandats ».</summary>
internal static class BackOffice
{
    public static bool Includes(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(DelegationScopes.AdminRole) || user.IsInRole(DelegationScopes.MandateOfficerRole);
    }
}
