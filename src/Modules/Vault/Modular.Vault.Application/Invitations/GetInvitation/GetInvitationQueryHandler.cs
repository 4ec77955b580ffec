using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Invitations.GetInvitation;

internal sealed class GetInvitationQueryHandler(IVaultRepository repository, TimeProvider time) : IRequestHandler<GetInvitationQuery, Result<InvitationPreviewDto>>
{
    public async Task<Result<InvitationPreviewDto>> Handle(GetInvitationQuery request, CancellationToken cancellationToken)
    {
        if (LinkTokens.HashOf(request.Token) is not { } hash
            || await repository.FindAsync(new InvitationByTokenHashSpec(hash), cancellationToken) is not { } invitation
            || await repository.FindAsync(new PersonOfOrganisationSpec(invitation.PersonId, invitation.OrganisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.InvitationUnknown;
        }

        return new InvitationPreviewDto(invitation.OrganisationName, person.DisplayName, person.Email, (InvitationStatus)invitation.StateAt(time.GetUtcNow()), invitation.AttemptsLeft, invitation.ExpiresAt);
    }
}
