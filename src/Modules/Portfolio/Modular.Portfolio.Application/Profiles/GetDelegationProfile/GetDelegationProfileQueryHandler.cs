using MediatR;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Profiles.GetDelegationProfile;

/// <summary>One of the firm's profiles (another firm's is not found).</summary>
internal sealed class GetDelegationProfileQueryHandler(IPortfolioRepository repository, ProfileLookup profiles)
    : IRequestHandler<GetDelegationProfileQuery, Result<DelegationProfileDto>>
{
    public async Task<Result<DelegationProfileDto>> Handle(GetDelegationProfileQuery request, CancellationToken cancellationToken)
    {
        var found = await profiles.FindAsync(request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var (caller, profile) = found.Value;
        return profile.ToDto(await repository.ListAsync(new EstablishmentsOfFirmSpec(caller.FirmId), cancellationToken));
    }
}
