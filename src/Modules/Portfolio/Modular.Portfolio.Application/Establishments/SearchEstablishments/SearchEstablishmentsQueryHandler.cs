using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Specifications;

namespace Modular.Portfolio.Application.Establishments.SearchEstablishments;

/// <summary>« Mon portefeuille », one page: the rows and the count come from the database, filtered by the caller's reach there.</summary>
internal sealed class SearchEstablishmentsQueryHandler(IPortfolioRepository repository, PortfolioAccess access)
    : IRequestHandler<SearchEstablishmentsQuery, Result<PagedList<EstablishmentDto>>>
{
    public async Task<Result<PagedList<EstablishmentDto>>> Handle(SearchEstablishmentsQuery request, CancellationToken cancellationToken)
    {
        var caller = await access.CallerAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        var (page, size) = Paging.Clamp(request.Page, request.PageSize);
        if (EstablishmentListing.For(caller.Value, request.Search, request.Status, request.PartnerGroup, request.DueDay, (page, size)) is not { } spec)
        {
            return new PagedList<EstablishmentDto>([], page, size, 0);
        }

        var establishments = await repository.ListAsync(spec, cancellationToken);
        var total = await repository.CountAsync(spec, cancellationToken);
        return new PagedList<EstablishmentDto>([.. establishments.Select(e => e.ToDto(caller.Value))], page, size, total);
    }
}
