using Modular.Delegation.Application.Ports;
using Modular.Delegation.Contracts;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Links;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Application.Services;

/// <summary>
/// Once the mandator's part is signed, the mandatary is emailed the link to their « section
/// Utilisateur »: the link (encrypted in the outbox) is saved with the request, sent after commit.
/// </summary>
internal sealed class MandataryInvitations(IDelegationRepository repository, DelegableServices services, IPublicLinks links, ISecretProtector secrets)
{
    public void Enqueue(MandateRequest request, string secret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var service = services.Find(request.ServiceCode) ?? throw new InvalidOperationException($"The service {request.ServiceCode} is no longer declared.");
        repository.Enqueue(new MandataryLinkIntegrationEvent(
            Guid.CreateVersion7(now), now, request.Id, request.OrganisationId, request.LinkEmail, request.MandataryName, request.MandatorName, service.FrenchName,
            service.EnglishName, request.Language, secrets.Protect(links.To(DelegationPublicPages.MandataryPart, secret)), request.ExpiresAt));
    }
}
