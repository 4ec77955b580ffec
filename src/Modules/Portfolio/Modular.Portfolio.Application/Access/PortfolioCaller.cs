using System.Linq.Expressions;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Journal;
using Modular.Portfolio.Domain.Profiles;

namespace Modular.Portfolio.Application.Access;

/// <summary>
/// Who acts on a firm's portfolio: its administrator (the firm's Admin, an agent with the
/// portfolio-administrator right, or the firm's own system by client credentials), who may do
/// everything, or a collaborator, who may do what their profiles give on the establishments they cover.
/// </summary>
internal sealed record PortfolioCaller(Guid FirmId, Guid? UserId, string? ClientId, bool IsAdministrator, IReadOnlyList<DelegationProfile> Profiles)
{
    /// <summary>What the caller may do on the establishment (all for the administrator; nothing on another firm's).</summary>
    public Responsibilities On(Establishment establishment)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        if (establishment.FirmId != FirmId)
        {
            return Responsibilities.None;
        }

        if (IsAdministrator)
        {
            return Responsibilities.View | Responsibilities.Deposit | Responsibilities.Manage | Responsibilities.RequestSeeding;
        }

        return UserId is { } user
            ? Profiles.Aggregate(Responsibilities.None, (all, profile) => all | profile.For(user, establishment))
            : Responsibilities.None;
    }

    /// <summary>Whether some part of the portfolio lets the caller deposit DSN files.</summary>
    public bool MayDeposit => IsAdministrator || Profiles.Any(p => p.Responsibilities.HasFlag(Responsibilities.Deposit));

    public bool May(Establishment establishment, Responsibilities responsibility) => (On(establishment) & responsibility) == responsibility;

    /// <summary>
    /// Where the caller has one responsibility, as a condition for a query of the firm's establishments
    /// (<see cref="May"/>'s rule, run by the database): none for the administrator, who has them all.
    /// </summary>
    public Expression<Func<Establishment, bool>>? Reach(Responsibilities responsibility) =>
        IsAdministrator ? null : ProfileReach.Of(Profiles, UserId, responsibility);

    /// <summary>A line of the establishment's journal, in the caller's name (a person, or the firm's system by its client id).</summary>
    public JournalEntry Journal(Establishment establishment, JournalEvent what, DateTimeOffset at, string? detail = null) =>
        JournalEntry.Of(establishment, what, UserId, UserId is null ? ClientId : null, at, detail);
}
