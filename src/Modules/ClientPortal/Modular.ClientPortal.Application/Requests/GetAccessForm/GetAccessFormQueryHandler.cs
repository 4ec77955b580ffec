using MediatR;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Requests.GetAccessForm;

internal sealed class GetAccessFormQueryHandler(IMediator mediator, PortalRules rules) : IRequestHandler<GetAccessFormQuery, Result<AccessFormDto>>
{
    public async Task<Result<AccessFormDto>> Handle(GetAccessFormQuery request, CancellationToken cancellationToken)
    {
        var name = await mediator.Send(new GetOrganisationNameQuery(request.InsurerId), cancellationToken);
        return name.IsSuccess ? new AccessFormDto(request.InsurerId, name.Value, rules.MinimumPremiumVolume) : PortalErrors.InsurerUnknown;
    }
}
