using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Queue.RefuseMandateRequest;

/// <summary>Refuses a request of the queue; the reason and the notice to both parties are saved together.</summary>
internal sealed class RefuseMandateRequestCommandHandler(IDelegationRepository repository, ICurrentUser user, DelegableServices services, TimeProvider time)
    : IRequestHandler<RefuseMandateRequestCommand, Result<MandateRequestDto>>
{
    public async Task<Result<MandateRequestDto>> Handle(RefuseMandateRequestCommand request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(new MandateRequestByIdSpec(request.RequestId, tracked: true), cancellationToken);
        if (found is null)
        {
            return DelegationErrors.RequestNotFound;
        }

        var now = time.GetUtcNow();
        var refused = found.Refuse(user.RequireUserId(), request.Reason, now);
        if (refused.IsFailure)
        {
            return refused.Error!;
        }

        repository.Enqueue(MandateNotices.For(found, services.Find(found.ServiceCode), MandateNoticeKind.Refused, now));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : found.ToDto(services, now);
    }
}
