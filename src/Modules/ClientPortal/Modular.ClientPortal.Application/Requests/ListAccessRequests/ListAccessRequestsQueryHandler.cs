using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Requests;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Requests.ListAccessRequests;

internal sealed class ListAccessRequestsQueryHandler(IPortalRepository repository, PortalAccess access, AccessRequestMapping mapping)
    : IRequestHandler<ListAccessRequestsQuery, Result<IReadOnlyList<AccessRequestDto>>>
{
    public async Task<Result<IReadOnlyList<AccessRequestDto>>> Handle(ListAccessRequestsQuery request, CancellationToken cancellationToken)
    {
        var insurer = access.RequireInsurer();
        if (insurer.IsFailure)
        {
            return insurer.Error;
        }

        var requests = await repository.ListAsync(new RequestsOfInsurerSpec(insurer.Value, pendingOnly: !request.All), cancellationToken);
        var dtos = new List<AccessRequestDto>(requests.Count);
        foreach (var accessRequest in requests)
        {
            dtos.Add(await mapping.ToDtoAsync(accessRequest, cancellationToken));
        }

        return dtos;
    }
}
