using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Companies.ListClientCompanies;

internal sealed class ListClientCompaniesQueryHandler(IPortalRepository repository, PortalAccess access)
    : IRequestHandler<ListClientCompaniesQuery, Result<IReadOnlyList<ClientCompanySummaryDto>>>
{
    public async Task<Result<IReadOnlyList<ClientCompanySummaryDto>>> Handle(ListClientCompaniesQuery request, CancellationToken cancellationToken)
    {
        var insurer = access.RequireInsurer();
        if (insurer.IsFailure)
        {
            return insurer.Error;
        }

        var companies = await repository.ListAsync(new CompaniesOfInsurerSpec(insurer.Value, request.Search), cancellationToken);
        var totals = await repository.CompanyTotalsAsync(insurer.Value, cancellationToken);
        return companies.Select(c =>
        {
            var (documents, users) = totals.GetValueOrDefault(c.Id);
            return new ClientCompanySummaryDto(c.Id, c.Name, c.Uid, c.City, c.Paperless, SwissFrancs.ToFrancs(c.TotalPremiumCentimes), documents, users);
        }).ToList();
    }
}
