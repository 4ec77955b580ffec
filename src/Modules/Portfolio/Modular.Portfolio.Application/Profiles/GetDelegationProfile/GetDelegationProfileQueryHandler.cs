using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Profiles.GetDelegationProfile;

/// <summary>One of the firm's profiles (another firm's is not found).</summary>
internal sealed class GetDelegationProfileQueryHandler(IPortfolioRepository repository, PortfolioAccess access)
    : IRequestHandler<GetDelegationProfileQuery, Result<DelegationProfileDto>>
{
    public async Task<Result<DelegationProfileDto>> Handle(GetDelegationProfileQuery request, CancellationToken cancellationToken)
    {
        var caller = await access.AdministratorAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        var firm = caller.Value.FirmId;
        if ((await repository.ListAsync(new ProfileByIdSpec(firm, request.Id), cancellationToken)).FirstOrDefault() is not { } profile)
        {
            return PortfolioErrors.ProfileNotFound;
        }

        return profile.ToDto(await repository.ListAsync(new EstablishmentsOfFirmSpec(firm), cancellationToken));
    }
}
