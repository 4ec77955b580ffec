using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Invitations;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Invitations.AcceptInvitation;

/// <summary>Links the person to the signed-in account, once: their rights on the vault then apply.</summary>
internal sealed class AcceptInvitationCommandHandler(IVaultRepository repository, ICurrentUser user, HomePages homePages, TimeProvider time) : IRequestHandler<AcceptInvitationCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AcceptInvitationCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (LinkTokens.HashOf(request.Token) is not { } hash
            || await repository.FindAsync(new InvitationByTokenHashSpec(hash), cancellationToken) is not { } invitation
            || await repository.FindAsync(new PersonOfOrganisationSpec(invitation.PersonId, invitation.OrganisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.InvitationUnknown;
        }

        if (invitation.CodeRefusal(now) is { } refusal)
        {
            return refusal;
        }

        if (LinkTokens.HashOf(request.SessionToken) is not { } session || !invitation.SessionIsOpen(session, now))
        {
            return VaultErrors.InvitationSessionClosed;
        }

        var userId = user.RequireUserId();
        if (await repository.FindAsync(new PersonLinkedToSpec(invitation.OrganisationId, userId), cancellationToken) is { } other && other.Id != person.Id)
        {
            return VaultErrors.AccountAlreadyLinked;
        }

        var linked = person.LinkAccount(userId);
        if (linked.IsFailure)
        {
            return linked.Error!;
        }

        // The acceptance, the home page, its journal line and the notice to the inviter: together or not at all.
        await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
        if (!await repository.TryAcceptAsync(invitation.Id, session, userId, now, cancellationToken))
        {
            return VaultErrors.InvitationAccepted;
        }

        var home = await homePages.EnsureAsync(person, invitation.CreatedBy, now, cancellationToken);
        repository.Append(new JournalEntry(home.Id, now, JournalKind.InvitationAccepted, userId, ("person", person.DisplayName)));
        repository.Enqueue(new InvitationAcceptedIntegrationEvent(
            Guid.CreateVersion7(), now, invitation.Id, invitation.OrganisationId, invitation.CreatedBy, invitation.CreatedByEmail, person.DisplayName, invitation.OrganisationName));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error!;
        }

        await transaction.CommitAsync(cancellationToken);
        return home.Id;
    }
}
