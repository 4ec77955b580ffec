using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Admin;
using Modular.Identity.Domain.Organisations;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Admin.Organisations.ListOrganisations;

internal sealed class ListOrganisationsQueryHandler(IOrganisationRepository organisations, IAccountStore accounts)
    : IRequestHandler<ListOrganisationsQuery, Result<IReadOnlyList<OrganisationSummaryDto>>>
{
    public async Task<Result<IReadOnlyList<OrganisationSummaryDto>>> Handle(ListOrganisationsQuery request, CancellationToken cancellationToken)
    {
        var all = await organisations.ListAsync(new OrganisationsByNameSpec(), cancellationToken);
        var counts = await accounts.CountMembersAsync(cancellationToken);
        return Result<IReadOnlyList<OrganisationSummaryDto>>.Success(
            [.. all.Select(o => new OrganisationSummaryDto(o.Id, o.Name, counts.GetValueOrDefault(o.Id)))]);
    }
}
