using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Establishments.ListEstablishments;

/// <summary>« Mon portefeuille » whole: the establishments the caller sees, filtered as asked; removed ones only when asked, and for the administrator.</summary>
internal sealed class ListEstablishmentsQueryHandler(IPortfolioRepository repository, PortfolioAccess access)
    : IRequestHandler<ListEstablishmentsQuery, Result<IReadOnlyList<EstablishmentDto>>>
{
    public async Task<Result<IReadOnlyList<EstablishmentDto>>> Handle(ListEstablishmentsQuery request, CancellationToken cancellationToken)
    {
        var caller = await access.CallerAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        if (EstablishmentListing.For(caller.Value, request.Search, request.Status, request.PartnerGroup, request.DueDay) is not { } spec)
        {
            return Result<IReadOnlyList<EstablishmentDto>>.Success([]);
        }

        var establishments = await repository.ListAsync(spec, cancellationToken);
        return Result<IReadOnlyList<EstablishmentDto>>.Success([.. establishments.Select(e => e.ToDto(caller.Value))]);
    }
}
