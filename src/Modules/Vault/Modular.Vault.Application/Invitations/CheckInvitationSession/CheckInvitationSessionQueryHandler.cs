using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Invitations;

namespace Modular.Vault.Application.Invitations.CheckInvitationSession;

internal sealed class CheckInvitationSessionQueryHandler(IVaultRepository repository, TimeProvider time) : IRequestHandler<CheckInvitationSessionQuery, Result<bool>>
{
    public async Task<Result<bool>> Handle(CheckInvitationSessionQuery request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new InvitationByTokenHashSpec(hash), cancellationToken) is not { } invitation)
        {
            return VaultErrors.InvitationUnknown;
        }

        if (invitation.CodeRefusal(now) is { } refusal)
        {
            return refusal;
        }

        return LinkTokens.HashOf(request.SessionToken) is { } session && invitation.SessionIsOpen(session, now) ? true : VaultErrors.InvitationSessionClosed;
    }
}
