using Modular.Portfolio.Domain.Dsn;
using Modular.SharedKernel.Domain;

namespace Modular.Portfolio.Domain.Filings;

/// <summary>
/// A month's declaration of an establishment, as a deposit carried it: kept for the
/// « échéancier » (deposited or not, when, on time or late). A later deposit for the same month
/// (a cancel-and-replace) is another filing; the latest counts.
/// </summary>
internal sealed class Filing : AggregateRoot<Guid>
{
    private Filing(Guid id)
        : base(id)
    {
        Siret = "";
        Nature = "";
        Type = "";
    }

    public Guid FirmId { get; private set; }

    public Guid EstablishmentId { get; private set; }

    public string Siret { get; private set; }

    /// <summary>The declared month, as its first day.</summary>
    public DateOnly Month { get; private set; }

    public Guid DepositId { get; private set; }

    public DateTimeOffset DepositedAt { get; private set; }

    public string Nature { get; private set; }

    public string Type { get; private set; }

    public int Individuals { get; private set; }

    public bool CancelsAndReplaces => Type is "03" or "05";

    public bool Cancels => Type == "04";

    public static Filing Of(Guid firmId, Guid establishmentId, Guid depositId, DsnDeclaration declaration, DateTimeOffset depositedAt)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return new Filing(Guid.CreateVersion7(depositedAt))
        {
            FirmId = firmId,
            EstablishmentId = establishmentId,
            Siret = declaration.Siret.Value,
            Month = declaration.Month,
            DepositId = depositId,
            DepositedAt = depositedAt,
            Nature = declaration.Nature,
            Type = declaration.Type,
            Individuals = declaration.Individuals,
        };
    }
}
