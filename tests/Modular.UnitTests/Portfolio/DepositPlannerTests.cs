using Modular.Portfolio.Domain.Deposits;
using Modular.Portfolio.Domain.Dsn;
using Modular.Portfolio.Domain.Establishments;

namespace Modular.UnitTests.Portfolio;

/// <summary>What a deposit does, declaration by declaration, in the cases the broader rules tests leave out.</summary>
public sealed class DepositPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Firm = Guid.NewGuid();
    private static readonly DsnAddress Dijon = new("1 rue Neuve", "21000", "Dijon");
    private static readonly DsnAddress Beaune = new("2 place Carnot", "21200", "Beaune");

    [Fact]
    public void An_establishment_new_to_the_portfolio_declared_twice_is_added_once_with_the_first_address_unflagged()
    {
        var envoi = Envoi(("55208131700018", Dijon), ("55208131700018", Beaune));

        var plan = DepositPlanner.Plan(Firm, envoi, "f.dsn", "sha", 1, null, "paie", new Dictionary<string, Establishment>(), null, Now);

        var added = Assert.Single(plan.Added);
        Assert.Equal((Dijon, false), (added.Address, added.HasDeclaredAddress));
        Assert.Empty(plan.Declared);
        Assert.Equal([(DeclarationOutcome.Added, (Guid?)added.Id), (DeclarationOutcome.AlreadyThere, added.Id)], plan.Deposit.Lines.Select(l => (l.Outcome, l.EstablishmentId)));
        Assert.Equal([added.Id, added.Id], plan.Filings.Select(f => f.EstablishmentId));
    }

    [Fact]
    public void A_known_establishment_declared_twice_is_declared_once_and_flagged_when_its_address_differs()
    {
        var known = Complete("55208131700018");
        var envoi = Envoi(("55208131700018", Beaune), ("55208131700018", Beaune));

        var plan = DepositPlanner.Plan(Firm, envoi, "f.dsn", "sha", 1, null, "paie", BySiret(known), null, Now);

        Assert.Equal([known], plan.Declared);
        Assert.Equal((Dijon, Beaune), (known.Address, known.DeclaredAddress));
        Assert.Equal([known.Id, known.Id], plan.Filings.Select(f => f.EstablishmentId));
    }

    [Fact]
    public void A_collaborators_declaration_of_an_unknown_establishment_is_refused_without_an_establishment()
    {
        var plan = DepositPlanner.Plan(Firm, Envoi(("55208131700018", Dijon)), "f.dsn", "sha", 1, Guid.NewGuid(), null, new Dictionary<string, Establishment>(), _ => true, Now);

        var line = Assert.Single(plan.Deposit.Lines);
        Assert.Equal((DeclarationOutcome.Refused, RefusalReasons.OutsideProfile, (Guid?)null), (line.Outcome, line.RefusalReason, line.EstablishmentId));
        Assert.Empty(plan.Added);
        Assert.Empty(plan.Filings);
    }

    [Fact]
    public void A_collaborators_declaration_of_a_removed_establishment_they_may_deposit_for_is_refused_as_removed()
    {
        var removed = Complete("55208131700018");
        removed.Remove(Now);

        var plan = DepositPlanner.Plan(Firm, Envoi(("55208131700018", Dijon)), "f.dsn", "sha", 1, Guid.NewGuid(), null, BySiret(removed), _ => true, Now);

        var line = Assert.Single(plan.Deposit.Lines);
        Assert.Equal((DeclarationOutcome.Refused, RefusalReasons.Removed, (Guid?)removed.Id), (line.Outcome, line.RefusalReason, line.EstablishmentId));
        Assert.Empty(plan.Declared);
        Assert.Empty(plan.Filings);
    }

    [Fact]
    public void Each_filing_is_the_firms_for_the_deposit_with_what_its_declaration_says()
    {
        var known = Complete("55208131700018");

        var plan = DepositPlanner.Plan(Firm, Envoi(("55208131700018", Dijon)), "f.dsn", "sha", 1, null, "paie", BySiret(known), null, Now);

        var filing = Assert.Single(plan.Filings);
        Assert.Equal(
            (Firm, known.Id, plan.Deposit.Id, "55208131700018", new DateOnly(2026, 10, 1), Now, "01", "03", 4),
            (filing.FirmId, filing.EstablishmentId, filing.DepositId, filing.Siret, filing.Month, filing.DepositedAt, filing.Nature, filing.Type, filing.Individuals));
    }

    [Fact]
    public void An_establishment_added_by_a_deposit_is_the_firms_with_the_declared_address_and_no_suggested_name_from_another_sender()
    {
        var plan = DepositPlanner.Plan(Firm, Envoi(("40483304800014", Beaune)), "f.dsn", "sha", 1, null, "paie", new Dictionary<string, Establishment>(), null, Now);

        var added = Assert.Single(plan.Added);
        Assert.Equal((Firm, "40483304800014", Beaune, (string?)null, true, Now), (added.FirmId, added.Siret, added.Address, added.SuggestedName, added.AddedByDsn, added.AddedAt));
        Assert.Equal((Firm, "f.dsn", "sha", "paie"), (plan.Deposit.FirmId, plan.Deposit.FileName, plan.Deposit.Sha256, plan.Deposit.DepositedByClient));
    }

    private static Establishment Complete(string siret)
    {
        var establishment = Establishment.FromDsn(Firm, Siret.Parse(siret).Value, Dijon, null, Now);
        establishment.Complete("Entreprise " + siret, DueDay.Fifth, "AG2R");
        return establishment;
    }

    private static Dictionary<string, Establishment> BySiret(params Establishment[] establishments) => establishments.ToDictionary(e => e.Siret);

    private static DsnEnvoi Envoi(params (string Siret, DsnAddress Address)[] declarations) => new(
        "123456782", "00010", "Cabinet Démo Expertise",
        [.. declarations.Select((d, i) => new DsnDeclaration(
            10 + i, "01", "03", new DateOnly(2026, 10, 1), Siret.Parse(d.Siret).Value, null, d.Address, 4))],
        100);
}
