using Modular.Portfolio.Application.Establishments;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Seeding;

namespace Modular.Portfolio.Application.Seeding;

/// <summary>The email a « demande d'amorçage » (or its reminder) sends to the partner group, as an outbox event.</summary>
internal static class SeedingEmails
{
    public static SeedingRequestEmailIntegrationEvent For(SeedingRequest request, Establishment establishment, IPortfolioSettings settings, bool reminder, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(establishment);
        ArgumentNullException.ThrowIfNull(settings);
        var partner = PartnerGroups.NameOf(settings, request.PartnerGroup);
        return new SeedingRequestEmailIntegrationEvent(
            Guid.NewGuid(), now, request.Id, request.FirmId, reminder, request.ContactEmail, partner, establishment.Siret, establishment.Name,
            establishment.Address.ToString(), request.RequestedAt);
    }
}
