using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Deposits;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Deposits.GetDeposit;

/// <summary>A deposit of the firm: any for the administrator, their own for a collaborator; else not found.</summary>
internal sealed class GetDepositQueryHandler(IPortfolioRepository repository, PortfolioAccess access) : IRequestHandler<GetDepositQuery, Result<DepositDto>>
{
    public async Task<Result<DepositDto>> Handle(GetDepositQuery request, CancellationToken cancellationToken)
    {
        var caller = await access.CallerAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        var deposit = await repository.FindAsync(new DepositOfFirmSpec(caller.Value.FirmId, request.Id), cancellationToken);
        return deposit is not null && (caller.Value.IsAdministrator || deposit.DepositedBy == caller.Value.UserId)
            ? deposit.ToDto(alreadyDeposited: false)
            : PortfolioErrors.DepositNotFound;
    }
}
