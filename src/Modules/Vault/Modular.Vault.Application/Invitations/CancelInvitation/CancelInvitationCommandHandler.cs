using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Invitations;

namespace Modular.Vault.Application.Invitations.CancelInvitation;

internal sealed class CancelInvitationCommandHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<CancelInvitationCommand, Result>
{
    public async Task<Result> Handle(CancelInvitationCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new InvitationOfOrganisationSpec(request.InvitationId, organisationId), cancellationToken) is not { } invitation)
        {
            return VaultErrors.InvitationNotFound;
        }

        if (invitation.AcceptedAt is not null)
        {
            return VaultErrors.InvitationAccepted;
        }

        invitation.Cancel(time.GetUtcNow());
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
