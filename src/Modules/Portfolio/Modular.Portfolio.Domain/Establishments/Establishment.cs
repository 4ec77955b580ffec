using Modular.Portfolio.Domain.Dsn;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Domain.Establishments;

/// <summary>
/// A client establishment in a firm's portfolio, by its SIRET (one per firm, whatever happens to
/// it). Added by a DSN that declares it (then « À compléter » until the administrator gives its
/// name, due day and partner group) or by hand with all of them; removed and added again, its
/// row staying. When a later DSN gives another address than the one kept, both are kept and the
/// establishment is flagged until the administrator chooses.
/// </summary>
internal sealed class Establishment : AggregateRoot<Guid>
{
    public const int NameMaxLength = 200;

    private Establishment(Guid id, Guid firmId, Siret siret, DateTimeOffset now)
        : base(id)
    {
        FirmId = firmId;
        Siret = siret.Value;
        AddedAt = now;
    }

    private Establishment()
        : base(Guid.Empty)
    {
        Siret = "";
    }

    /// <summary>The third-party declarer (the organisation) whose portfolio it is in.</summary>
    public Guid FirmId { get; private set; }

    public string Siret { get; private set; }

    /// <summary>The « dénomination »: no DSN rubric carries it, so a person gives it.</summary>
    public string? Name { get; private set; }

    /// <summary>The name folded for search (lower case, no accents); null until named.</summary>
    public string? SearchName { get; private set; }

    /// <summary>The name the sender gave itself when it declared its own establishment, offered when completing.</summary>
    public string? SuggestedName { get; private set; }

    public DueDay? DueDay { get; private set; }

    /// <summary>The code of its partner social-protection group (from the configured list).</summary>
    public string? PartnerGroup { get; private set; }

    public string? Street { get; private set; }

    public string? PostalCode { get; private set; }

    public string? City { get; private set; }

    /// <summary>The address a later DSN gave, when it differs from the one kept; null otherwise.</summary>
    public DsnAddress? DeclaredAddress => HasDeclaredAddress ? new DsnAddress(DeclaredStreet, DeclaredPostalCode, DeclaredCity) : null;

    public bool HasDeclaredAddress { get; private set; }

    public string? DeclaredStreet { get; private set; }

    public string? DeclaredPostalCode { get; private set; }

    public string? DeclaredCity { get; private set; }

    public bool AddedByDsn { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public EstablishmentStatus Status => RemovedAt is not null
        ? EstablishmentStatus.Removed
        : Name is null || DueDay is null || PartnerGroup is null ? EstablishmentStatus.ToComplete : EstablishmentStatus.Complete;

    public DsnAddress Address => new(Street, PostalCode, City);

    /// <summary>
    /// Added by a deposited DSN that declares it: its address from the declaration, the rest to
    /// complete; <paramref name="suggestedName"/> is the sender's own name when it declared itself.
    /// </summary>
    public static Establishment FromDsn(Guid firmId, Siret siret, DsnAddress address, string? suggestedName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(siret);
        ArgumentNullException.ThrowIfNull(address);
        return new Establishment(Guid.CreateVersion7(now), firmId, siret, now)
        {
            Street = address.Street,
            PostalCode = address.PostalCode,
            City = address.City,
            SuggestedName = suggestedName?.Trim() is { Length: > 0 } named ? named[..Math.Min(named.Length, NameMaxLength)] : null,
            AddedByDsn = true,
        };
    }

    /// <summary>Added by hand: the SIRET, the company's name, its partner group and due day, all required.</summary>
    public static Result<Establishment> Manually(Guid firmId, Siret siret, string? name, DueDay? dueDay, string? partnerGroup, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(siret);
        var establishment = new Establishment(Guid.CreateVersion7(now), firmId, siret, now);
        var completed = establishment.Complete(name, dueDay, partnerGroup);
        return completed.IsFailure ? completed.Error! : establishment;
    }

    /// <summary>The administrator gives (or corrects) the name, the due day and the partner group.</summary>
    public Result Complete(string? name, DueDay? dueDay, string? partnerGroup)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > NameMaxLength)
        {
            return PortfolioErrors.NameInvalid;
        }

        if (dueDay is not (Establishments.DueDay.Fifth or Establishments.DueDay.Fifteenth))
        {
            return PortfolioErrors.DueDayInvalid;
        }

        if (string.IsNullOrWhiteSpace(partnerGroup))
        {
            return PortfolioErrors.PartnerGroupRequired;
        }

        Name = trimmed;
        SearchName = SearchText.Fold(trimmed);
        DueDay = dueDay;
        PartnerGroup = partnerGroup.Trim();
        return Result.Success();
    }

    /// <summary>
    /// A deposited DSN declared this establishment at <paramref name="declared"/>: kept when it has
    /// no address yet or the same one (compared without case, accents or spacing); else flagged.
    /// </summary>
    public void Declared(DsnAddress declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        if (Street is null && PostalCode is null && City is null)
        {
            (Street, PostalCode, City) = (declared.Street, declared.PostalCode, declared.City);
            Flag(null);
            return;
        }

        Flag(SameAddress(Address, declared) ? null : declared);
    }

    /// <summary>The administrator takes the address the DSN gave, or keeps the one known; the flag goes either way.</summary>
    public void ResolveAddress(bool takeDeclared)
    {
        if (DeclaredAddress is { } declared && takeDeclared)
        {
            (Street, PostalCode, City) = (declared.Street, declared.PostalCode, declared.City);
        }

        Flag(null);
    }

    public Result Remove(DateTimeOffset now)
    {
        if (RemovedAt is not null)
        {
            return PortfolioErrors.EstablishmentRemoved;
        }

        RemovedAt = now;
        return Result.Success();
    }

    /// <summary>Back in the portfolio, as it was when removed.</summary>
    public Result Restore()
    {
        if (RemovedAt is null)
        {
            return PortfolioErrors.EstablishmentAlreadyThere;
        }

        RemovedAt = null;
        return Result.Success();
    }

    private void Flag(DsnAddress? declared)
    {
        HasDeclaredAddress = declared is not null;
        (DeclaredStreet, DeclaredPostalCode, DeclaredCity) = (declared?.Street, declared?.PostalCode, declared?.City);
    }

    private static bool SameAddress(DsnAddress a, DsnAddress b) =>
        Fold(a.Street) == Fold(b.Street) && Fold(a.PostalCode) == Fold(b.PostalCode) && Fold(a.City) == Fold(b.City);

    private static string Fold(string? text) => string.Join(' ', SearchText.Fold(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
