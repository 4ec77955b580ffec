using CsCheck;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Domain.Dsn;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Profiles;

namespace Modular.UnitTests.Portfolio;

/// <summary>
/// The condition the database runs to list and page a collaborator's part of the portfolio
/// (<see cref="ProfileReach"/>) against the rule the rest of the module applies to one
/// establishment (<see cref="PortfolioCaller.May"/>): they must never disagree.
/// </summary>
public sealed class ProfileReachTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Firm = Guid.NewGuid();
    private static readonly Guid OtherFirm = Guid.NewGuid();
    private static readonly Guid Collaborator = Guid.NewGuid();
    private static readonly Guid Colleague = Guid.NewGuid();
    private static readonly string[] Groups = ["AG2R", "APICIL", "KLESIA"];
    private static readonly Responsibilities[] Each = [Responsibilities.View, Responsibilities.Deposit, Responsibilities.Manage, Responsibilities.RequestSeeding];

    [Fact]
    public void A_collaborator_reaches_the_chosen_establishments_and_those_of_their_rules_never_a_removed_one_nor_another_firms()
    {
        var chosen = Complete(Firm, "AG2R", DueDay.Fifth);
        var byRule = Complete(Firm, "KLESIA", DueDay.Fifteenth);
        var removed = Complete(Firm, "KLESIA", DueDay.Fifth);
        removed.Remove(Now);
        var elsewhere = Complete(OtherFirm, "KLESIA", DueDay.Fifth);
        var notCovered = Complete(Firm, "APICIL", DueDay.Fifth);
        var profiles = new[]
        {
            Profile(Responsibilities.Deposit, [chosen.Id, removed.Id, elsewhere.Id], null, null, Collaborator),
            Profile(Responsibilities.View, [], "KLESIA", null, Collaborator),
            Profile(Responsibilities.Manage, [], "APICIL", null, Colleague),
        };

        var view = ProfileReach.Of(profiles, Collaborator, Responsibilities.View).Compile();
        var deposit = ProfileReach.Of(profiles, Collaborator, Responsibilities.Deposit).Compile();

        Assert.Equal([chosen, byRule], new[] { chosen, byRule, removed, elsewhere, notCovered }.Where(view));
        Assert.Equal([chosen], new[] { chosen, byRule, removed, elsewhere, notCovered }.Where(deposit));
        var stranger = ProfileReach.Of(profiles, Guid.NewGuid(), Responsibilities.View).Compile();
        Assert.False(stranger(chosen) || stranger(byRule) || stranger(notCovered));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProfileReach.Of(profiles, Collaborator, Responsibilities.View | Responsibilities.Deposit));
    }

    [Fact]
    public void On_any_portfolio_and_profiles_the_databases_condition_agrees_with_the_rule_for_each_responsibility()
    {
        var establishment = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Bool).Select(e => (Firm: e.Item1 == 0 ? OtherFirm : Firm, Group: e.Item2, Day: e.Item3, Removed: e.Item4));
        var profile = Gen.Select(Gen.Int[1, 15], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 1 << 20]);
        Gen.Select(establishment.Array[0, 12], profile.Array[0, 4]).Sample((made, asked) =>
        {
            var portfolio = made.Select(e =>
            {
                var built = e.Group == 0 || e.Day == 0
                    ? Establishment.FromDsn(e.Firm, Siret(), new DsnAddress("1 rue de la Paix", "75002", "Paris"), null, Now)
                    : Complete(e.Firm, Groups[e.Group - 1], e.Day == 1 ? DueDay.Fifth : DueDay.Fifteenth);
                if (e.Removed)
                {
                    built.Remove(Now);
                }

                return built;
            }).ToList();
            var profiles = asked.Select(p =>
            {
                var (responsibilities, group, day, holders, choice) = p;
                var chosen = portfolio.Where((_, i) => (choice & (1 << i)) != 0).Select(e => e.Id).ToList();
                var withRule = group != 0 || day != 0;
                return DelegationProfile.Create(
                    Firm, "Profil", (Responsibilities)responsibilities, withRule || chosen.Count > 0 ? chosen : [Guid.NewGuid()],
                    group == 0 ? null : Groups[group - 1], day switch { 1 => DueDay.Fifth, 2 => DueDay.Fifteenth, _ => null },
                    [.. new[] { Collaborator, Colleague }.Where((_, i) => (holders & (1 << i)) != 0)], Now).Value;
            }).ToList();

            var caller = new PortfolioCaller(Firm, Collaborator, null, false, profiles);
            foreach (var responsibility in Each)
            {
                var reach = caller.Reach(responsibility)!.Compile();
                Assert.All(portfolio, e => Assert.Equal(caller.May(e, responsibility), reach(e)));
            }
        }, iter: 3_000);
    }

    [Fact]
    public void The_administrator_is_not_narrowed()
    {
        Assert.Null(new PortfolioCaller(Firm, Collaborator, null, true, []).Reach(Responsibilities.View));
    }

    private static Establishment Complete(Guid firm, string group, DueDay day) =>
        Establishment.Manually(firm, Siret(), "Boulangerie Martin", day, group, Now).Value;

    private static DelegationProfile Profile(Responsibilities responsibilities, Guid[] chosen, string? group, DueDay? day, Guid holder) =>
        DelegationProfile.Create(Firm, "Profil", responsibilities, chosen, group, day, [holder], Now).Value;

    private static Siret Siret() => Modular.Portfolio.Domain.Establishments.Siret.Parse("55208131700018").Value;
}
