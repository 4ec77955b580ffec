using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Profiles;

/// <summary>One of the firm's profiles, for its administrator only, tracked for a change; another firm's is not found.</summary>
internal sealed class ProfileLookup(IPortfolioRepository repository, PortfolioAccess access)
{
    public async Task<Result<(PortfolioCaller Caller, DelegationProfile Profile)>> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await access.AdministratorAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error;
        }

        return (await repository.ListAsync(new ProfileByIdSpec(caller.Value.FirmId, id), cancellationToken)).FirstOrDefault() is { } profile
            ? (caller.Value, profile)
            : PortfolioErrors.ProfileNotFound;
    }
}
