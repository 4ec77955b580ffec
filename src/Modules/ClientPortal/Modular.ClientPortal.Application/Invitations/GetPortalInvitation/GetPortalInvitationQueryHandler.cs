using MediatR;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Invitations;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Invitations.GetPortalInvitation;

internal sealed class GetPortalInvitationQueryHandler(IPortalRepository repository, TimeProvider time) : IRequestHandler<GetPortalInvitationQuery, Result<PortalInvitationDto>>
{
    public async Task<Result<PortalInvitationDto>> Handle(GetPortalInvitationQuery request, CancellationToken cancellationToken)
    {
        var found = await InvitationLinks.FindUsableAsync(repository, request.Token, time.GetUtcNow(), cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var invitation = found.Value;
        var company = await repository.FindAsync(new CompanyByIdSpec(invitation.CompanyId), cancellationToken)
            ?? throw new InvalidOperationException($"The company of invitation {invitation.Id} is missing.");
        return new PortalInvitationDto(company.Name, invitation.Email, invitation.DisplayName, invitation.Role.ToContract(), invitation.ExpiresAt);
    }
}
