using Modular.Delegation.Application.Ports;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Services;

/// <summary>The request a mandatary link opens, while its « section Utilisateur » may still be signed.</summary>
internal static class MandataryPart
{
    public static async Task<Result<MandateRequest>> FindAsync(IDelegationRepository repository, string? token, bool tracked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (!MandataryLinks.IsWellFormed(token)
            || await repository.FindAsync(new MandateRequestByLinkSpec(MandataryLinks.Hash(token!), tracked), cancellationToken) is not { } request)
        {
            return DelegationErrors.LinkInvalid;
        }

        return request.StatusAt(now) switch
        {
            MandateRequestStatus.AwaitingMandatary => request,
            MandateRequestStatus.Expired => DelegationErrors.RequestExpired,
            MandateRequestStatus.Cancelled => DelegationErrors.RequestClosed,
            _ => DelegationErrors.MandataryPartDone,
        };
    }
}
