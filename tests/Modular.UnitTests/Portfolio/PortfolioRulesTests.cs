using Modular.Portfolio.Domain.Deposits;
using Modular.Portfolio.Domain.Dsn;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;
using Modular.Portfolio.Domain.Profiles;

namespace Modular.UnitTests.Portfolio;

/// <summary>The portfolio's rules: establishments to complete, addresses a DSN changes, due dates, delegation profiles, and what a deposit does.</summary>
public sealed class PortfolioRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Firm = Guid.NewGuid();
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void An_establishment_added_by_a_DSN_is_to_complete_until_its_name_due_day_and_partner_are_given()
    {
        var establishment = Establishment.FromDsn(Firm, Siret("55208131700018"), new DsnAddress("8 place de l'Église", "25000", "Besançon"), null, Now);

        Assert.Equal(EstablishmentStatus.ToComplete, establishment.Status);
        Assert.Equal("establishment-name-invalid", establishment.Complete(" ", DueDay.Fifth, "AG2R").Error!.Code);
        Assert.Equal("due-day-invalid", establishment.Complete("Boulangerie Martin", (DueDay)10, "AG2R").Error!.Code);
        Assert.Equal("partner-group-required", establishment.Complete("Boulangerie Martin", DueDay.Fifth, " ").Error!.Code);
        Assert.Equal(EstablishmentStatus.ToComplete, establishment.Status);
        Assert.True(establishment.Complete(" Boulangerie Martin ", DueDay.Fifteenth, "AG2R").IsSuccess);
        Assert.Equal((EstablishmentStatus.Complete, "Boulangerie Martin"), (establishment.Status, establishment.Name));
    }

    [Fact]
    public void A_later_DSN_with_another_address_flags_the_establishment_with_both_until_the_administrator_chooses()
    {
        var establishment = Establishment.FromDsn(Firm, Siret("55208131700018"), new DsnAddress("8 place de l'Église", "25000", "Besançon"), null, Now);

        establishment.Declared(new DsnAddress("8  PLACE DE L'EGLISE", "25000", "besancon"));
        Assert.Null(establishment.DeclaredAddress);

        establishment.Declared(new DsnAddress("3 rue des Granges", "25000", "Besançon"));
        Assert.Equal("3 rue des Granges", establishment.DeclaredAddress!.Street);
        Assert.Equal("8 place de l'Église", establishment.Street);

        establishment.ResolveAddress(takeDeclared: true);
        Assert.Equal(("3 rue des Granges", (DsnAddress?)null), (establishment.Street, establishment.DeclaredAddress));
    }

    [Fact]
    public void A_removed_establishment_is_kept_and_can_be_added_again_once()
    {
        var establishment = Establishment.Manually(Firm, Siret("55208131700018"), "Boulangerie Martin", DueDay.Fifth, "AG2R", Now).Value;

        Assert.True(establishment.Remove(Now).IsSuccess);
        Assert.Equal(EstablishmentStatus.Removed, establishment.Status);
        Assert.Equal("establishment-removed", establishment.Remove(Now).Error!.Code);
        Assert.True(establishment.Restore().IsSuccess);
        Assert.Equal(EstablishmentStatus.Complete, establishment.Status);
        Assert.Equal("establishment-already-there", establishment.Restore().Error!.Code);
    }

    [Theory]
    [InlineData("2026-10-01", 5, "2026-11-05T11:00:00Z")]   // winter time in November
    [InlineData("2026-10-31", 15, "2026-11-15T11:00:00Z")]
    [InlineData("2027-03-01", 15, "2027-04-15T10:00:00Z")]  // summer time in April
    [InlineData("2026-12-01", 5, "2027-01-05T11:00:00Z")]   // December's is due in January
    public void A_months_DSN_is_due_on_the_5th_or_the_15th_of_the_next_month_at_noon_in_Paris(string month, int day, string due)
    {
        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), FilingDue.Of(DateOnly.Parse(month, System.Globalization.CultureInfo.InvariantCulture), (DueDay)day, Paris));
    }

    [Fact]
    public void A_filing_is_on_time_up_to_noon_of_its_due_day_and_late_or_overdue_after()
    {
        var due = FilingDue.Of(new DateOnly(2026, 10, 1), DueDay.Fifth, Paris);

        Assert.Equal(FilingState.OnTime, FilingDue.StateOf(due, due, Now));
        Assert.Equal(FilingState.Late, FilingDue.StateOf(due.AddSeconds(1), due, Now));
        Assert.Equal(FilingState.Awaited, FilingDue.StateOf(null, due, due));
        Assert.Equal(FilingState.Overdue, FilingDue.StateOf(null, due, due.AddMinutes(1)));
        Assert.Equal(FilingState.Unknown, FilingDue.StateOf(null, null, Now));
        Assert.Equal(FilingState.Unknown, FilingDue.StateOf(due, null, Now)); // deposited, but its delay cannot be told
    }

    [Fact]
    public void A_month_concerns_the_establishments_in_the_portfolio_before_its_DSN_was_due_or_that_filed_it()
    {
        // Added on 10 November (Now): October's DSN, due on the 5th at noon, was not this firm's to file; the 15th's was.
        var (fifth, fifteenth) = (Complete("55208131700018", "AG2R", DueDay.Fifth), Complete("55208131700026", "AG2R", DueDay.Fifteenth));
        var october = new DateOnly(2026, 10, 1);

        Assert.False(FilingDue.Expects(fifth, october, FilingDue.Of(october, DueDay.Fifth, Paris), filed: false, Paris));
        Assert.True(FilingDue.Expects(fifth, october, FilingDue.Of(october, DueDay.Fifth, Paris), filed: true, Paris));
        Assert.True(FilingDue.Expects(fifteenth, october, FilingDue.Of(october, DueDay.Fifteenth, Paris), filed: false, Paris));

        // Without a due day, the month concerns it when it joined before the month ended.
        Assert.False(FilingDue.Expects(fifth, october, null, filed: false, Paris));
        Assert.True(FilingDue.Expects(fifth, new DateOnly(2026, 11, 1), null, filed: false, Paris));
    }

    [Fact]
    public void A_profile_covers_its_chosen_establishments_or_those_its_rule_takes_in_never_a_removed_one()
    {
        var (a, b) = (Complete("55208131700018", "AG2R", DueDay.Fifth), Complete("55208131700026", "Malakoff", DueDay.Fifteenth));
        var agent = Guid.NewGuid();
        var chosen = DelegationProfile.Create(Firm, "Dijon", Responsibilities.Deposit, [a.Id], null, null, [agent], Now).Value;
        var byRule = DelegationProfile.Create(Firm, "Malakoff au 15", Responsibilities.Manage, [a.Id], "Malakoff", DueDay.Fifteenth, [agent], Now).Value;

        Assert.Equal((true, false), (chosen.Covers(a), chosen.Covers(b)));
        Assert.Equal((false, true), (byRule.Covers(a), byRule.Covers(b)));
        Assert.Empty(byRule.Establishments); // a rule replaces the list
        Assert.Equal(Responsibilities.Deposit | Responsibilities.View, chosen.For(agent, a));
        Assert.Equal(Responsibilities.None, chosen.For(Guid.NewGuid(), a));
        a.Remove(Now);
        Assert.False(chosen.Covers(a));
    }

    [Fact]
    public void A_profile_needs_a_name_a_responsibility_and_a_part_of_the_portfolio()
    {
        Assert.Equal("profile-name-invalid", DelegationProfile.Create(Firm, "", Responsibilities.View, [Guid.NewGuid()], null, null, [], Now).Error!.Code);
        Assert.Equal("profile-responsibilities-required", DelegationProfile.Create(Firm, "P", Responsibilities.None, [Guid.NewGuid()], null, null, [], Now).Error!.Code);
        Assert.Equal("profile-selection-required", DelegationProfile.Create(Firm, "P", Responsibilities.View, [], " ", null, [], Now).Error!.Code);
    }

    [Fact]
    public void A_deposit_adds_new_establishments_records_each_months_filing_and_leaves_removed_ones_out()
    {
        var known = Complete("40483304800014", "AG2R", DueDay.Fifth);
        var removed = Complete("55208131700026", "AG2R", DueDay.Fifth);
        removed.Remove(Now);
        var envoi = Envoi(
            ("123456782", "00010"),                                        // the firm declares itself: its name suggested
            ("552081317", "00018"), ("552081317", "00018"),                // the same establishment twice (two months)
            ("404833048", "00014"),
            ("552081317", "00026"));

        var plan = DepositPlanner.Plan(Firm, envoi, "octobre.dsn", new string('a', 64), 1000, Guid.NewGuid(), null, BySiret(known, removed), null, Now);

        Assert.Equal(
            [DeclarationOutcome.Added, DeclarationOutcome.Added, DeclarationOutcome.AlreadyThere, DeclarationOutcome.AlreadyThere, DeclarationOutcome.Refused],
            plan.Deposit.Lines.Select(l => l.Outcome));
        Assert.Equal(RefusalReasons.Removed, plan.Deposit.Lines[4].RefusalReason);
        Assert.Equal(["12345678200010", "55208131700018"], plan.Added.Select(e => e.Siret));
        Assert.Equal(("Cabinet Démo Expertise", (string?)null), (plan.Added[0].SuggestedName, plan.Added[1].SuggestedName));
        Assert.Equal([known], plan.Declared);
        Assert.Equal(4, plan.Filings.Count);
        Assert.All(plan.Filings, f => Assert.Equal(plan.Deposit.Id, f.DepositId));
    }

    [Fact]
    public void A_collaborators_deposit_reaches_only_what_their_profile_lets_them_deposit_for_and_adds_nothing()
    {
        var mine = Complete("40483304800014", "AG2R", DueDay.Fifth);
        var other = Complete("55208131700018", "AG2R", DueDay.Fifth);
        var envoi = Envoi(("404833048", "00014"), ("552081317", "00018"), ("552081317", "00026"));

        var plan = DepositPlanner.Plan(Firm, envoi, "f.dsn", new string('b', 64), 10, Guid.NewGuid(), null, BySiret(mine, other), e => e.Id == mine.Id, Now);

        Assert.Equal([DeclarationOutcome.AlreadyThere, DeclarationOutcome.Refused, DeclarationOutcome.Refused], plan.Deposit.Lines.Select(l => l.Outcome));
        Assert.All(plan.Deposit.Lines.Skip(1), l => Assert.Equal(RefusalReasons.OutsideProfile, l.RefusalReason));
        Assert.Empty(plan.Added);
        Assert.Single(plan.Filings);
    }

    private static Siret Siret(string digits) => Modular.Portfolio.Domain.Establishments.Siret.Parse(digits).Value;

    private static Establishment Complete(string siret, string partner, DueDay day) =>
        Establishment.Manually(Firm, Siret(siret), "Entreprise " + siret, day, partner, Now).Value;

    private static Dictionary<string, Establishment> BySiret(params Establishment[] establishments) => establishments.ToDictionary(e => e.Siret);

    private static DsnEnvoi Envoi(params (string Siren, string Nic)[] declarations) => new(
        "123456782", "00010", "Cabinet Démo Expertise",
        [.. declarations.Select((d, i) => new DsnDeclaration(
            10 + i, "01", "01", new DateOnly(2026, 9 + (i % 2), 1), Modular.Portfolio.Domain.Establishments.Siret.Of(d.Siren, d.Nic)!, null,
            new DsnAddress("1 rue Neuve", "21000", "Dijon"), 3))],
        100);
}
