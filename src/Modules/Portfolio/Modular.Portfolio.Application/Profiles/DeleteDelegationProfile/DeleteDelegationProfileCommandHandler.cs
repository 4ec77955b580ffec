using MediatR;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain;
using Modular.Portfolio.Domain.Profiles;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Profiles.DeleteDelegationProfile;

/// <summary>Deletes a profile: its collaborators lose that part at their next request.</summary>
internal sealed class DeleteDelegationProfileCommandHandler(IPortfolioRepository repository, PortfolioAccess access)
    : IRequestHandler<DeleteDelegationProfileCommand, Result>
{
    public async Task<Result> Handle(DeleteDelegationProfileCommand request, CancellationToken cancellationToken)
    {
        var caller = await access.AdministratorAsync(cancellationToken);
        if (caller.IsFailure)
        {
            return caller.Error!;
        }

        if ((await repository.ListAsync(new ProfileByIdSpec(caller.Value.FirmId, request.Id), cancellationToken)).FirstOrDefault() is not { } profile)
        {
            return PortfolioErrors.ProfileNotFound;
        }

        repository.Remove(profile);
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
