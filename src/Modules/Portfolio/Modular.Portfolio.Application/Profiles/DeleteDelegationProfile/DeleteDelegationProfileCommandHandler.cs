using MediatR;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Application.Profiles.DeleteDelegationProfile;

/// <summary>Deletes a profile: its collaborators lose that part at their next request.</summary>
internal sealed class DeleteDelegationProfileCommandHandler(IPortfolioRepository repository, ProfileLookup profiles)
    : IRequestHandler<DeleteDelegationProfileCommand, Result>
{
    public async Task<Result> Handle(DeleteDelegationProfileCommand request, CancellationToken cancellationToken)
    {
        var found = await profiles.FindAsync(request.Id, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        repository.Remove(found.Value.Profile);
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
