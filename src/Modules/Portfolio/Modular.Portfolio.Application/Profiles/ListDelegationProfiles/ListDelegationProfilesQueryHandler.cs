using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Profiles.ListDelegationProfiles;

/// <summary>The firm's profiles with how many establishments each covers now (the administrator's).</summary>
internal sealed class ListDelegationProfilesQueryHandler(IPortfolioRepository repository, PortfolioAccess access)
    : IRequestHandler<ListDelegationProfilesQuery, Result<IReadOnlyList<DelegationProfileDto>>>
{
    public async Task<Result<IReadOnlyList<DelegationProfileDto>>> Handle(ListDelegationProfilesQuery request, CancellationToken cancellationToken)
    {
        var caller = await access.AdministratorAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        var firm = caller.Value.FirmId;
        var portfolio = await repository.ListAsync(new EstablishmentsOfFirmSpec(firm), cancellationToken);
        var profiles = await repository.ListAsync(new ProfilesOfFirmSpec(firm), cancellationToken);
        return profiles.Select(p => p.ToDto(portfolio)).ToList();
    }
}
