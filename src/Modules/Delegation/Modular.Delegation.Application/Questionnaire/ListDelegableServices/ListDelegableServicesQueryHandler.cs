using MediatR;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Questionnaire;
using Modular.SharedKernel.Results;

namespace Modular.Delegation.Application.Questionnaire.ListDelegableServices;

internal sealed class ListDelegableServicesQueryHandler(DelegableServices services) : IRequestHandler<ListDelegableServicesQuery, Result<IReadOnlyList<DelegableServiceDto>>>
{
    public Task<Result<IReadOnlyList<DelegableServiceDto>>> Handle(ListDelegableServicesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(Result<IReadOnlyList<DelegableServiceDto>>.Success([.. DecisionTree.ServicesFor(request.Category, services.All).Select(services.ToDto)]));
}
