using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Team.DeactivateClientUser;

/// <summary>Ends a colleague's access to the company's documents at once (their account stays; their next request finds no company).</summary>
internal sealed class DeactivateClientUserCommandHandler(IPortalRepository repository, TeamAccess team, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DeactivateClientUserCommand, Result>
{
    public async Task<Result> Handle(DeactivateClientUserCommand request, CancellationToken cancellationToken)
    {
        var manager = await team.RequireManagerAsync(request.CompanyId, cancellationToken);
        if (manager.IsFailure)
        {
            return manager.Error!;
        }

        if (request.UserId == user.UserId)
        {
            return PortalErrors.CannotDeactivateSelf;
        }

        if (await repository.FindAsync(new MemberOfCompanySpec(manager.Value.Company.Id, request.UserId), cancellationToken) is not { } member)
        {
            return PortalErrors.MemberNotFound;
        }

        member.Deactivate(time.GetUtcNow());
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
