using Modular.Portfolio.Domain.Establishments;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;

namespace Modular.Portfolio.Domain.Profiles;

/// <summary>
/// « Délégation de gestion »: a part of the firm's portfolio handed to collaborators with chosen
/// responsibilities. The part is a list of establishments chosen one by one, or a rule (partner
/// group, due day, or both) that also takes in establishments completed later; a collaborator
/// holding several profiles has the union of them.
/// </summary>
internal sealed class DelegationProfile : AggregateRoot<Guid>
{
    public const int NameMaxLength = 100;

    private readonly List<Guid> _establishments = [];
    private readonly List<Guid> _collaborators = [];

    private DelegationProfile(Guid id)
        : base(id)
    {
        Name = "";
    }

    public Guid FirmId { get; private set; }

    public string Name { get; private set; }

    public Responsibilities Responsibilities { get; private set; }

    /// <summary>Establishments chosen one by one (ids), when the profile has no rule.</summary>
    public IReadOnlyList<Guid> Establishments => _establishments;

    /// <summary>The rule: establishments of this partner group…</summary>
    public string? RulePartnerGroup { get; private set; }

    /// <summary>…and/or with this due day.</summary>
    public DueDay? RuleDueDay { get; private set; }

    /// <summary>The firm's agents (user ids) who hold the profile.</summary>
    public IReadOnlyList<Guid> Collaborators => _collaborators;

    public DateTimeOffset CreatedAt { get; private set; }

    public bool HasRule => RulePartnerGroup is not null || RuleDueDay is not null;

    public static Result<DelegationProfile> Create(
        Guid firmId, string? name, Responsibilities responsibilities, IReadOnlyCollection<Guid> establishments, string? rulePartnerGroup, DueDay? ruleDueDay,
        IReadOnlyCollection<Guid> collaborators, DateTimeOffset now)
    {
        var profile = new DelegationProfile(Guid.CreateVersion7(now)) { FirmId = firmId, CreatedAt = now };
        var changed = profile.Change(name, responsibilities, establishments, rulePartnerGroup, ruleDueDay, collaborators);
        return changed.IsFailure ? changed.Error! : profile;
    }

    public Result Change(
        string? name, Responsibilities responsibilities, IReadOnlyCollection<Guid> establishments, string? rulePartnerGroup, DueDay? ruleDueDay,
        IReadOnlyCollection<Guid> collaborators)
    {
        ArgumentNullException.ThrowIfNull(establishments);
        ArgumentNullException.ThrowIfNull(collaborators);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > NameMaxLength)
        {
            return PortfolioErrors.ProfileNameInvalid;
        }

        if (responsibilities == Responsibilities.None)
        {
            return PortfolioErrors.ProfileResponsibilitiesRequired;
        }

        var partner = string.IsNullOrWhiteSpace(rulePartnerGroup) ? null : rulePartnerGroup.Trim();
        var byRule = partner is not null || ruleDueDay is not null;
        if (!byRule && establishments.Count == 0)
        {
            return PortfolioErrors.ProfileSelectionRequired;
        }

        Name = trimmed;
        Responsibilities = responsibilities | Responsibilities.View;
        (RulePartnerGroup, RuleDueDay) = (partner, ruleDueDay);
        _establishments.Clear();
        if (!byRule)
        {
            _establishments.AddRange(establishments.Distinct());
        }

        _collaborators.Clear();
        _collaborators.AddRange(collaborators.Distinct());
        return Result.Success();
    }

    /// <summary>Whether the establishment is in the profile's part of the portfolio (a removed one never is).</summary>
    public bool Covers(Establishment establishment)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        if (establishment.FirmId != FirmId || establishment.RemovedAt is not null)
        {
            return false;
        }

        return HasRule
            ? (RulePartnerGroup is null || string.Equals(establishment.PartnerGroup, RulePartnerGroup, StringComparison.Ordinal))
              && (RuleDueDay is null || establishment.DueDay == RuleDueDay)
            : _establishments.Contains(establishment.Id);
    }

    /// <summary>What the collaborator may do on the establishment through this profile.</summary>
    public Responsibilities For(Guid collaborator, Establishment establishment) =>
        _collaborators.Contains(collaborator) && Covers(establishment) ? Responsibilities : Responsibilities.None;
}
