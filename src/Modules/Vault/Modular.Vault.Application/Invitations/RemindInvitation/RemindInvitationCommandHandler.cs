using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Invitations;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Invitations.RemindInvitation;

internal sealed class RemindInvitationCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, InvitationIssuer issuer, TimeProvider time)
    : IRequestHandler<RemindInvitationCommand, Result<InvitationSentDto>>
{
    public async Task<Result<InvitationSentDto>> Handle(RemindInvitationCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new InvitationOfOrganisationSpec(request.InvitationId, organisationId), cancellationToken) is not { } invitation
            || await repository.FindAsync(new PersonOfOrganisationSpec(invitation.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.InvitationNotFound;
        }

        var now = time.GetUtcNow();
        if (invitation.ReminderRefusal(now) is { } refusal)
        {
            return refusal;
        }

        var agent = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var sent = issuer.Issue(invitation, person, agent.IsSuccess ? agent.Value.DisplayName : "", request.Culture, now, isReminder: true);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : sent;
    }
}
