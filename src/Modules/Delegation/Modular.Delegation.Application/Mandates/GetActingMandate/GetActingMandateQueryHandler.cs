using MediatR;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain;
using Modular.Delegation.Domain.Mandates;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Mandates.GetActingMandate;

/// <summary>One place decides whether someone may act for a mandator: their own mandate, in force now.</summary>
internal sealed class GetActingMandateQueryHandler(IDelegationRepository repository, DelegableServices services, TimeProvider time)
    : IRequestHandler<GetActingMandateQuery, Result<ActingMandateDto>>
{
    public async Task<Result<ActingMandateDto>> Handle(GetActingMandateQuery request, CancellationToken cancellationToken)
    {
        var mandate = await repository.FindAsync(new MandateByIdSpec(request.MandateId), cancellationToken);
        if (mandate is null || mandate.MandataryId != request.MandataryId)
        {
            return DelegationErrors.MandateNotFound;
        }

        if (!mandate.IsActive(time.GetUtcNow()))
        {
            return DelegationErrors.MandateNotActive;
        }

        var service = services.Find(mandate.ServiceCode);
        return new ActingMandateDto(
            mandate.Id, mandate.OrganisationId, mandate.MandatorId, mandate.MandatorName, mandate.MandataryId, mandate.MandataryName, mandate.ServiceCode,
            services.NameOf(mandate.ServiceCode), service?.Scopes ?? [], mandate.EndsAt);
    }
}
