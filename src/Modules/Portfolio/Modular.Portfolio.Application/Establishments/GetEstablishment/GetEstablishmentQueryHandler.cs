using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;
using Responsibilities = Modular.Portfolio.Domain.Profiles.Responsibilities;

namespace Modular.Portfolio.Application.Establishments.GetEstablishment;

internal sealed class GetEstablishmentQueryHandler(PortfolioAccess access) : IRequestHandler<GetEstablishmentQuery, Result<EstablishmentDto>>
{
    public async Task<Result<EstablishmentDto>> Handle(GetEstablishmentQuery request, CancellationToken cancellationToken)
    {
        var found = await access.EstablishmentAsync(request.Siret, Responsibilities.View, cancellationToken);
        return found.IsFailure ? found.Error : found.Value.Establishment.ToDto(found.Value.Caller);
    }
}
