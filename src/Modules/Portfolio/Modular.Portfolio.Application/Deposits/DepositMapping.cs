using Modular.Portfolio.Contracts;
using Modular.Portfolio.Domain.Deposits;

namespace Modular.Portfolio.Application.Deposits;

internal static class DepositMapping
{
    public static DepositDto ToDto(this Deposit d, bool alreadyDeposited)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DepositDto(
            d.Id, d.FileName, d.Sha256, d.Size, d.DepositedAt, d.SenderSiren, alreadyDeposited,
            [.. d.Lines.OrderBy(l => l.Position).Select(l => new DepositLineDto(
                l.Siret, l.Month, l.Nature, l.Type, new EstablishmentAddressDto(l.Street, l.PostalCode, l.City), l.Individuals,
                (Contracts.DeclarationOutcome)l.Outcome, l.RefusalReason))]);
    }
}
