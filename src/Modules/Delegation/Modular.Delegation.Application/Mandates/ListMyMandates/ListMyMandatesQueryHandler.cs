using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Mandates.ListMyMandates;

/// <summary>« Mes mandats »: the mandates the caller gave and received, and the requests they made.</summary>
internal sealed class ListMyMandatesQueryHandler(IDelegationRepository repository, ICurrentUser user, DelegableServices services, TimeProvider time)
    : IRequestHandler<ListMyMandatesQuery, Result<MyMandatesDto>>
{
    public async Task<Result<MyMandatesDto>> Handle(ListMyMandatesQuery request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var now = time.GetUtcNow();
        var mandates = await repository.ListAsync(new MandatesOfPersonSpec(userId), cancellationToken);
        var requests = user.OrganisationId is { } organisationId
            ? await repository.ListAsync(new MandateRequestsOfMandatorSpec(organisationId, userId), cancellationToken)
            : [];
        return new MyMandatesDto(
            [.. mandates.Where(m => m.MandatorId == userId).Select(m => m.ToDto(services, now))],
            [.. mandates.Where(m => m.MandataryId == userId).Select(m => m.ToDto(services, now))],
            [.. requests.Where(r => r.Status != MandateRequestStatus.Approved).Select(r => r.ToDto(services, now))]);
    }
}
