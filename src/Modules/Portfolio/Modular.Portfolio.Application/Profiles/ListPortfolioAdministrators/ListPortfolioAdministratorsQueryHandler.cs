using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Profiles.ListPortfolioAdministrators;

/// <summary>The firm's agents with the portfolio-administrator right (besides the firm's admins, who always have it).</summary>
internal sealed class ListPortfolioAdministratorsQueryHandler(IPortfolioRepository repository, PortfolioAccess access)
    : IRequestHandler<ListPortfolioAdministratorsQuery, Result<IReadOnlyList<PortfolioAdministratorDto>>>
{
    public async Task<Result<IReadOnlyList<PortfolioAdministratorDto>>> Handle(ListPortfolioAdministratorsQuery request, CancellationToken cancellationToken)
    {
        var caller = await access.AdministratorAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        return (await repository.ListAsync(new AdministratorsOfFirmSpec(caller.Value.FirmId), cancellationToken))
            .Select(a => new PortfolioAdministratorDto(a.UserId, a.GrantedAt)).ToList();
    }
}
