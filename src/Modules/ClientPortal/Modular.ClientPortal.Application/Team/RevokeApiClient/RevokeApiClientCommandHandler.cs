using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Team.RevokeApiClient;

internal sealed class RevokeApiClientCommandHandler(IPortalRepository repository, TeamAccess team, TimeProvider time) : IRequestHandler<RevokeApiClientCommand, Result>
{
    public async Task<Result> Handle(RevokeApiClientCommand request, CancellationToken cancellationToken)
    {
        var manager = await team.RequireManagerAsync(null, cancellationToken);
        if (manager.IsFailure)
        {
            return manager.Error!;
        }

        if (await repository.FindAsync(new AuthorisationOfCompanySpec(request.AuthorisationId, manager.Value.Company.Id), cancellationToken) is not { } authorisation)
        {
            return PortalErrors.AuthorisationNotFound;
        }

        authorisation.Revoke(time.GetUtcNow());
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
