using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Dsn;
using Modular.Portfolio.Domain.Establishments;

namespace Modular.Portfolio.Application.Establishments;

internal static class EstablishmentMapping
{
    public static EstablishmentDto ToDto(this Establishment e, PortfolioCaller caller)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(caller);
        return new EstablishmentDto(
            e.Id, e.Siret, e.Name, e.SuggestedName, (Contracts.EstablishmentStatus)e.Status, (Contracts.DueDay?)e.DueDay, e.PartnerGroup,
            e.Address.ToDto(), e.DeclaredAddress?.ToDto(), e.AddedByDsn, e.AddedAt, e.RemovedAt, (Contracts.Responsibilities)caller.On(e));
    }

    public static EstablishmentAddressDto ToDto(this DsnAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new EstablishmentAddressDto(address.Street, address.PostalCode, address.City);
    }
}
