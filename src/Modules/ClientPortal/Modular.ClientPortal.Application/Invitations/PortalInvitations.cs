using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Invitations;
using Modular.SharedKernel.Links;
using Modular.SharedKernel.Security;

namespace Modular.ClientPortal.Application.Invitations;

/// <summary>
/// Issues an invitation to a company's portal: kept with its token's hash only, and an event whose
/// consumer emails the personal link (carried protected, never stored in clear). Saved by the caller.
/// </summary>
internal sealed class PortalInvitations(IPortalRepository repository, ISecretProtector secrets, IPublicLinks links, TimeProvider time)
{
    public ClientInvitation Issue(ClientCompany company, string email, string displayName, MemberRole role, Guid? invitedBy, string language)
    {
        ArgumentNullException.ThrowIfNull(company);
        var now = time.GetUtcNow();
        var (invitation, token) = ClientInvitation.Create(company.Id, email, displayName, role, invitedBy, language, now);
        repository.Add(invitation);
        repository.Enqueue(new PortalInvitationIssuedIntegrationEvent(
            Guid.CreateVersion7(now), now, invitation.Id, company.InsurerId, company.Id, company.Name, email, displayName, language,
            secrets.Protect(links.To(PortalPublicPages.Invitation, token)), invitation.ExpiresAt));
        return invitation;
    }
}
