using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Requests.RefuseAccessRequest;

/// <summary>The advisor refuses a request with a reason; the requester is emailed it.</summary>
internal sealed class RefuseAccessRequestCommandHandler(IPortalRepository repository, PortalAccess access, ICurrentUser user, TimeProvider time)
    : IRequestHandler<RefuseAccessRequestCommand, Result>
{
    public async Task<Result> Handle(RefuseAccessRequestCommand request, CancellationToken cancellationToken)
    {
        var insurer = access.RequireInsurer();
        if (insurer.IsFailure)
        {
            return insurer.Error!;
        }

        await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
        if (await repository.FindAsync(new RequestOfInsurerSpec(request.RequestId, insurer.Value), cancellationToken) is not { } accessRequest)
        {
            return PortalErrors.RequestNotFound;
        }

        var now = time.GetUtcNow();
        var refused = accessRequest.Refuse(user.RequireUserId(), request.Reason, now);
        if (refused.IsFailure)
        {
            return refused;
        }

        repository.Enqueue(new AccessRequestRefusedIntegrationEvent(
            Guid.CreateVersion7(now), now, accessRequest.Id, accessRequest.InsurerId, accessRequest.CompanyName, accessRequest.Email, accessRequest.Language, accessRequest.RefusalReason!));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsSuccess)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }
}
