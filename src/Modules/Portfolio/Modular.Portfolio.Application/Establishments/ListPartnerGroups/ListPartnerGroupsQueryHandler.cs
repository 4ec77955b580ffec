using MediatR;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Establishments.ListPartnerGroups;

internal sealed class ListPartnerGroupsQueryHandler(IPortfolioSettings settings) : IRequestHandler<ListPartnerGroupsQuery, Result<IReadOnlyList<PartnerGroupDto>>>
{
    public Task<Result<IReadOnlyList<PartnerGroupDto>>> Handle(ListPartnerGroupsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(Result<IReadOnlyList<PartnerGroupDto>>.Success(settings.PartnerGroups));
}
