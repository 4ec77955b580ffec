using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Mandates.RevokeMandate;

/// <summary>
/// Ends a mandate now, by its mandator, its mandatary or the back office (anyone else: not found);
/// both parties are told. Acting for the mandator stops with the next request.
/// </summary>
internal sealed class RevokeMandateCommandHandler(IDelegationRepository repository, ICurrentUser user, DelegableServices services, TimeProvider time)
    : IRequestHandler<RevokeMandateCommand, Result<MandateDto>>
{
    public async Task<Result<MandateDto>> Handle(RevokeMandateCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var mandate = await repository.FindAsync(new MandateByIdSpec(request.MandateId, tracked: true), cancellationToken);
        MandateRevoker? revoker = mandate switch
        {
            null => null,
            _ when mandate.MandatorId == userId => MandateRevoker.Mandator,
            _ when mandate.MandataryId == userId => MandateRevoker.Mandatary,
            _ when BackOffice.Includes(user) => MandateRevoker.BackOffice,
            _ => null,
        };
        if (mandate is null || revoker is null)
        {
            return DelegationErrors.MandateNotFound;
        }

        var now = time.GetUtcNow();
        var revoked = mandate.Revoke(userId, revoker.Value, now);
        if (revoked.IsFailure)
        {
            return revoked.Error!;
        }

        if (await repository.FindAsync(new MandateRequestByIdSpec(mandate.RequestId), cancellationToken) is { } origin)
        {
            repository.Enqueue(MandateNotices.For(origin, services.Find(mandate.ServiceCode), MandateNoticeKind.Revoked, now));
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : mandate.ToDto(services, now);
    }
}
