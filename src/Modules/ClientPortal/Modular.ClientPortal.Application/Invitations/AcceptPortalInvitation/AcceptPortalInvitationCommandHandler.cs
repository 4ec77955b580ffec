using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Invitations.AcceptPortalInvitation;

/// <summary>
/// The signed-in person joins the company they were invited to: their account's address must be
/// the invited one (the link proves it), and an account reads one company at most. The link is spent
/// and the membership made in one transaction; of two acceptances at once, one wins.
/// </summary>
internal sealed class AcceptPortalInvitationCommandHandler(IPortalRepository repository, IMediator mediator, ICurrentUser user, TimeProvider time)
    : IRequestHandler<AcceptPortalInvitationCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AcceptPortalInvitationCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var now = time.GetUtcNow();
        var found = await InvitationLinks.FindUsableAsync(repository, request.Token, now, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var invitation = found.Value;
        var account = await mediator.Send(new GetAccountContactQuery(userId), cancellationToken);
        if (account.IsFailure || !string.Equals(account.Value.Email, invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            return PortalErrors.InvitationOtherAccount;
        }

        if (account.Value.OrganisationId is not null)
        {
            // A member of an organisation (an insurer's or a practice's staff) is no client user.
            return PortalErrors.InvitationOtherAccount;
        }

        await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
        var membership = await repository.FindAsync(new MembershipOfAccountSpec(userId), cancellationToken);
        if (membership is { IsActive: true } && membership.CompanyId != invitation.CompanyId)
        {
            return PortalErrors.AlreadyMember;
        }

        if (!await repository.TryAcceptAsync(invitation.Id, userId, now, cancellationToken))
        {
            return PortalErrors.InvitationUsed;
        }

        if (membership is null)
        {
            repository.Add(ClientUser.Create(invitation.CompanyId, userId, invitation.Role, now));
        }
        else if (!membership.IsActive)
        {
            membership.Rejoin(invitation.CompanyId, invitation.Role, now);
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error!;
        }

        await transaction.CommitAsync(cancellationToken);
        return invitation.CompanyId;
    }
}
