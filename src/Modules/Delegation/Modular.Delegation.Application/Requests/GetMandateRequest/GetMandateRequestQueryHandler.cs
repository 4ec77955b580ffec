using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Requests.GetMandateRequest;

/// <summary>One request, for its mandator or the back office; not found for anyone else.</summary>
internal sealed class GetMandateRequestQueryHandler(IDelegationRepository repository, ICurrentUser user, DelegableServices services, TimeProvider time)
    : IRequestHandler<GetMandateRequestQuery, Result<MandateRequestDto>>
{
    public async Task<Result<MandateRequestDto>> Handle(GetMandateRequestQuery request, CancellationToken cancellationToken)
    {
        var found = await repository.FindAsync(new MandateRequestByIdSpec(request.RequestId), cancellationToken);
        return !RequestAccess.MayRead(user, found) ? DelegationErrors.RequestNotFound : found.ToDto(services, time.GetUtcNow());
    }
}
