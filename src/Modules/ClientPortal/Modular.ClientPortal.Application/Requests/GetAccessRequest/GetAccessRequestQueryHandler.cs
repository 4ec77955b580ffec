using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Requests;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Requests.GetAccessRequest;

internal sealed class GetAccessRequestQueryHandler(IPortalRepository repository, PortalAccess access, AccessRequestMapping mapping)
    : IRequestHandler<GetAccessRequestQuery, Result<AccessRequestDto>>
{
    public async Task<Result<AccessRequestDto>> Handle(GetAccessRequestQuery request, CancellationToken cancellationToken)
    {
        var insurer = access.RequireInsurer();
        if (insurer.IsFailure)
        {
            return insurer.Error;
        }

        return await repository.FindAsync(new RequestOfInsurerSpec(request.RequestId, insurer.Value), cancellationToken) is { } found
            ? await mapping.ToDtoAsync(found, cancellationToken)
            : PortalErrors.RequestNotFound;
    }
}
