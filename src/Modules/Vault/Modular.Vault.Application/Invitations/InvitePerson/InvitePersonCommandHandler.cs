using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Invitations;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Invitations.InvitePerson;

internal sealed class InvitePersonCommandHandler(
    IVaultRepository repository, ICurrentUser user, IMediator mediator, AccessGrants grants, HomePages homePages, InvitationIssuer issuer, TimeProvider time)
    : IRequestHandler<InvitePersonCommand, Result<InvitationSentDto>>
{
    public async Task<Result<InvitationSentDto>> Handle(InvitePersonCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        Folder? folder = null;
        if (request.FolderId is { } folderId
            && (folder = await repository.FindAsync(new FolderOfOrganisationSpec(folderId, organisationId), cancellationToken)) is null)
        {
            return VaultErrors.FolderNotFound;
        }

        if (person.LinkedUserId is not null)
        {
            return VaultErrors.AlreadyMember;
        }

        var now = time.GetUtcNow();
        if ((await repository.ListAsync(new InvitationsOfPersonSpec(person.Id), cancellationToken)).Any(i => i.StateAt(now) == InvitationState.Sent))
        {
            return VaultErrors.InvitationPending;
        }

        // Checked before anything is written: an unreachable person gets nothing half-made.
        var agent = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var invitation = Invitation.Create(person, request.Comment, user.RequireUserId(), agent.IsSuccess ? agent.Value.Email : null, now);
        if (invitation.IsFailure)
        {
            return invitation.Error!;
        }

        if (folder is not null)
        {
            var granted = await grants.GiveAsync(folder, person, (AccessLevel)request.Level, user.RequireUserId(), now, cancellationToken);
            if (granted.IsFailure)
            {
                return granted.Error!;
            }
        }

        await homePages.EnsureAsync(person, user.RequireUserId(), now, cancellationToken);
        repository.Add(invitation.Value);
        var sent = issuer.Issue(invitation.Value, person, agent.IsSuccess ? agent.Value.DisplayName : "", request.Culture, now, isReminder: false);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsFailure ? saved.Error! : sent;
    }
}
