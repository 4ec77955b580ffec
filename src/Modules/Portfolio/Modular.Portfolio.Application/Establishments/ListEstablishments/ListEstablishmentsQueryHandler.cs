using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Results;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Establishments.ListEstablishments;

/// <summary>« Mon portefeuille »: the establishments the caller sees, filtered as asked; removed ones only when asked, and for the administrator.</summary>
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

        var removed = request.Status == Contracts.EstablishmentStatus.Removed;
        if (removed && !caller.Value.IsAdministrator)
        {
            return Result<IReadOnlyList<EstablishmentDto>>.Success([]);
        }

        bool? complete = request.Status switch
        {
            Contracts.EstablishmentStatus.ToComplete => false,
            Contracts.EstablishmentStatus.Complete => true,
            _ => null,
        };
        var establishments = await repository.ListAsync(
            new EstablishmentsOfFirmSpec(caller.Value.FirmId, request.Search, complete, request.PartnerGroup, (Domain.Establishments.DueDay?)request.DueDay, removed),
            cancellationToken);
        return Result<IReadOnlyList<EstablishmentDto>>.Success(
            [.. establishments.Where(e => caller.Value.May(e, Responsibilities.View)).Select(e => e.ToDto(caller.Value))]);
    }
}
