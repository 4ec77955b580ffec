using System.Diagnostics.CodeAnalysis;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Services;

/// <summary>
/// Who reaches a mandate request: its mandator (in their organisation) reads, withdraws and signs
/// it; the back office reads any. Anyone else finds none.
/// </summary>
internal static class RequestAccess
{
    public static bool IsMandatorOf(ICurrentUser user, [NotNullWhen(true)] MandateRequest? request)
    {
        ArgumentNullException.ThrowIfNull(user);
        return request is not null && user.UserId is { } userId && request.MandatorId == userId && request.OrganisationId == user.OrganisationId;
    }

    public static bool MayRead(ICurrentUser user, [NotNullWhen(true)] MandateRequest? request) => IsMandatorOf(user, request) || (request is not null && BackOffice.Includes(user));
}
