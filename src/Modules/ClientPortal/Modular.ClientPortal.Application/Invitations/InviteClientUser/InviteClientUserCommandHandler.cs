using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Application.Requests;
using Modular.ClientPortal.Application.Team;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;

namespace Modular.ClientPortal.Application.Invitations.InviteClientUser;

/// <summary>
/// « Inviter un collègue »: the company's client admin (or its advisor) invites a person by a
/// personal address, under the same rules as an access request; the person gets a personal link.
/// </summary>
internal sealed class InviteClientUserCommandHandler(IPortalRepository repository, TeamAccess team, PortalRules rules, PortalInvitations invitations, ICurrentUser user)
    : IRequestHandler<InviteClientUserCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(InviteClientUserCommand request, CancellationToken cancellationToken)
    {
        var manager = await team.RequireManagerAsync(request.CompanyId, cancellationToken);
        if (manager.IsFailure)
        {
            return manager.Error;
        }

        var email = rules.PersonalEmail.Check(request.Email);
        if (email.IsFailure)
        {
            return email.Error;
        }

        var name = request.DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            return PortalErrors.ContactNameInvalid;
        }

        var invitation = invitations.Issue(manager.Value.Company, email.Value, name, request.Role.ToDomain(), user.UserId, Languages.Of(request.Language));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? invitation.Id : saved.Error!;
    }
}
