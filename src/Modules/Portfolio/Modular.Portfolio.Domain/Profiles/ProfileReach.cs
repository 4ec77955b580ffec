using System.Linq.Expressions;
using Modular.Portfolio.Domain.Establishments;

namespace Modular.Portfolio.Domain.Profiles;

/// <summary>
/// What a collaborator's profiles cover, as one condition a query runs, so that a list of the
/// portfolio is filtered and paged by the database instead of in memory: the same rule as
/// <see cref="DelegationProfile.For"/> (a unit test holds the two to agreement on generated
/// portfolios), for one responsibility at a time.
/// </summary>
internal static class ProfileReach
{
    /// <summary>The establishments on which one of <paramref name="profiles"/> gives <paramref name="collaborator"/> the responsibility (none without a person).</summary>
    public static Expression<Func<Establishment, bool>> Of(IEnumerable<DelegationProfile> profiles, Guid? collaborator, Responsibilities responsibility)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (responsibility == Responsibilities.None || (responsibility & (responsibility - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(responsibility), responsibility, "One responsibility at a time: several may come from different profiles.");
        }

        var giving = profiles.Where(p => collaborator is { } person && p.Collaborators.Contains(person) && p.Responsibilities.HasFlag(responsibility)).ToList();
        var chosen = giving.Where(p => !p.HasRule).SelectMany(p => p.Establishments.Select(id => (p.FirmId, id))).Distinct().ToList();
        Expression<Func<Establishment, bool>> reach = e => false;
        foreach (var firm in chosen.Select(c => c.FirmId).Distinct())
        {
            var ids = chosen.Where(c => c.FirmId == firm).Select(c => c.id).ToList();
            reach = Or(reach, e => e.FirmId == firm && ids.Contains(e.Id));
        }

        foreach (var rule in giving.Where(p => p.HasRule))
        {
            var firm = rule.FirmId;
            var group = rule.RulePartnerGroup;
            var day = rule.RuleDueDay;
            reach = (group, day) switch
            {
                (null, _) => Or(reach, e => e.FirmId == firm && e.DueDay == day),
                (_, null) => Or(reach, e => e.FirmId == firm && e.PartnerGroup == group),
                _ => Or(reach, e => e.FirmId == firm && e.PartnerGroup == group && e.DueDay == day),
            };
        }

        return And(e => e.RemovedAt == null, reach);
    }

    private static Expression<Func<Establishment, bool>> Or(Expression<Func<Establishment, bool>> left, Expression<Func<Establishment, bool>> right) =>
        left.Body is ConstantExpression { Value: false } ? right : Combine(left, right, Expression.OrElse);

    private static Expression<Func<Establishment, bool>> And(Expression<Func<Establishment, bool>> left, Expression<Func<Establishment, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    private static Expression<Func<Establishment, bool>> Combine(
        Expression<Func<Establishment, bool>> left, Expression<Func<Establishment, bool>> right, Func<Expression, Expression, BinaryExpression> join)
    {
        var e = left.Parameters[0];
        return Expression.Lambda<Func<Establishment, bool>>(join(left.Body, new Rebind(right.Parameters[0], e).Visit(right.Body)), e);
    }

    /// <summary>Puts one lambda's parameter in place of another's, to join their bodies.</summary>
    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
