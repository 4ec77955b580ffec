using MediatR;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Access.GetPortfolioAccess;

internal sealed class GetPortfolioAccessQueryHandler(PortfolioAccess access) : IRequestHandler<GetPortfolioAccessQuery, Result<PortfolioAccessDto>>
{
    public async Task<Result<PortfolioAccessDto>> Handle(GetPortfolioAccessQuery request, CancellationToken cancellationToken)
    {
        var caller = await access.CallerAsync(cancellationToken);
        return caller.IsSuccess ? new PortfolioAccessDto(true, caller.Value.IsAdministrator, caller.Value.MayDeposit) : new PortfolioAccessDto(false, false);
    }
}
