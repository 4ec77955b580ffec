using Modular.Portfolio.Domain.Deposits;
using Modular.Portfolio.Domain.Dsn;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;
using Modular.Portfolio.Domain.Journal;
using Modular.Portfolio.Domain.Profiles;
using Modular.Portfolio.Domain.Seeding;
using static Modular.UnitTests.Fakes.InMemoryQueries;

namespace Modular.UnitTests.Portfolio;

/// <summary>
/// Which establishments, deposits, filings, journal lines, profiles and seeding requests the
/// module's queries select, in what order, run over lists in memory (the integration tests run them
/// on the databases).
/// </summary>
public sealed class PortfolioQueriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Firm = Guid.NewGuid();
    private static readonly Guid OtherFirm = Guid.NewGuid();

    [Fact]
    public void An_establishment_is_found_by_siret_or_id_in_its_own_firm_only()
    {
        var mine = Named("55208131700018", "Boulangerie Martin");
        var removed = Named("40483304800014", "Garage Dupont");
        Assert.True(removed.Remove(Now).IsSuccess);
        var theirs = Named("55208131700018", "Boulangerie Martin", OtherFirm);
        Establishment[] all = [mine, removed, theirs];

        Assert.Same(mine, Assert.Single(Select(all, new EstablishmentBySiretSpec(Firm, "55208131700018"))));
        Assert.Same(removed, Assert.Single(Select(all, new EstablishmentBySiretSpec(Firm, "40483304800014"))));
        Assert.Equal([mine, removed], Select(all, new EstablishmentsBySiretsSpec(Firm, ["55208131700018", "40483304800014", "12345678200010"])));
        Assert.Same(mine, Assert.Single(Select(all, new EstablishmentByIdSpec(Firm, mine.Id))));
        Assert.Empty(Select(all, new EstablishmentByIdSpec(Firm, theirs.Id)));
        Assert.Equal([removed], Select(all, new EstablishmentsByIdsSpec(Firm, [removed.Id, theirs.Id])));
        Assert.True(new EstablishmentByIdSpec(Firm, mine.Id).AsNoTracking && new EstablishmentsByIdsSpec(Firm, []).AsNoTracking);
        Assert.False(new EstablishmentBySiretSpec(Firm, "x").AsNoTracking || new EstablishmentsBySiretsSpec(Firm, []).AsNoTracking);
    }

    [Fact]
    public void The_portfolio_lists_the_firms_establishments_in_it_by_name_then_siret_or_the_removed_ones_apart()
    {
        var zola = Named("55208131700018", "Zola Conseil");
        var alpha2 = Named("55208131700026", "Alpha");
        var alpha1 = Named("40483304800014", "Alpha");
        var removed = Named("12345678200010", "Boulangerie");
        Assert.True(removed.Remove(Now).IsSuccess);
        var theirs = Named("73282932000074", "Alpha", OtherFirm);
        Establishment[] all = [zola, alpha2, removed, alpha1, theirs];

        Assert.Equal([alpha1, alpha2, zola], Select(all, new EstablishmentsOfFirmSpec(Firm)));
        Assert.Equal([removed], Select(all, new EstablishmentsOfFirmSpec(Firm, removed: true)));
        Assert.Equal([alpha2], Select(all, new EstablishmentsOfFirmSpec(Firm, page: (2, 1))));
        Assert.Equal([alpha1, zola], Select(all, new EstablishmentsOfFirmSpec(Firm, reach: e => e.Id == alpha1.Id || e.Id == zola.Id || e.Id == theirs.Id)));
        Assert.True(new EstablishmentsOfFirmSpec(Firm).AsNoTracking);
    }

    [Fact]
    public void A_search_finds_a_name_by_its_words_without_accents_or_a_siret_by_three_digits_or_more()
    {
        var helene = Named("55208131700018", "Boulangerie Hélène");
        var garage = Named("40483304800014", "Garage du Port");
        var unnamed = Establishment.FromDsn(Firm, Siret("12345678200010"), new DsnAddress(null, null, null), null, Now);
        Establishment[] all = [helene, garage, unnamed];

        Assert.Equal([helene], Select(all, new EstablishmentsOfFirmSpec(Firm, search: "HELENE")));
        Assert.Equal([garage], Select(all, new EstablishmentsOfFirmSpec(Firm, search: "port")));
        Assert.Equal([garage], Select(all, new EstablishmentsOfFirmSpec(Firm, search: "404 833")));
        Assert.Equal([unnamed], Select(all, new EstablishmentsOfFirmSpec(Firm, search: "2000")));
        Assert.Empty(Select(all, new EstablishmentsOfFirmSpec(Firm, search: "55")));
        Assert.Equal(3, Select(all, new EstablishmentsOfFirmSpec(Firm, search: "  ")).Count);
    }

    [Fact]
    public void The_portfolio_filters_by_completeness_partner_and_due_day()
    {
        var ag2rFifth = Named("55208131700018", "A", partner: "AG2R", day: DueDay.Fifth);
        var malakoffFifteenth = Named("40483304800014", "B", partner: "Malakoff", day: DueDay.Fifteenth);
        var toComplete = Establishment.FromDsn(Firm, Siret("12345678200010"), new DsnAddress("1 rue", "21000", "Dijon"), null, Now);
        Establishment[] all = [ag2rFifth, malakoffFifteenth, toComplete];

        Assert.Equal([toComplete], Select(all, new EstablishmentsOfFirmSpec(Firm, complete: false)));
        Assert.Equal([ag2rFifth, malakoffFifteenth], Select(all, new EstablishmentsOfFirmSpec(Firm, complete: true)));
        Assert.Equal([malakoffFifteenth], Select(all, new EstablishmentsOfFirmSpec(Firm, partnerGroup: "Malakoff")));
        Assert.Equal([ag2rFifth], Select(all, new EstablishmentsOfFirmSpec(Firm, dueDay: DueDay.Fifth)));
        Assert.Empty(Select(all, new EstablishmentsOfFirmSpec(Firm, partnerGroup: "AG2R", dueDay: DueDay.Fifteenth)));
    }

    [Fact]
    public void A_deposit_is_found_by_its_bytes_in_the_firm_by_its_id_or_by_its_bytes_in_any_firm()
    {
        var mine = Deposit.Of(Firm, "octobre.dsn", "aa", 10, Envoi(), Guid.NewGuid(), null, Now);
        var theirs = Deposit.Of(OtherFirm, "octobre.dsn", "aa", 10, Envoi(), Guid.NewGuid(), null, Now);
        var other = Deposit.Of(Firm, "novembre.dsn", "bb", 10, Envoi(), Guid.NewGuid(), null, Now);
        Deposit[] all = [mine, theirs, other];

        Assert.Same(mine, Assert.Single(Select(all, new DepositBySha256Spec(Firm, "aa"))));
        Assert.Same(other, Assert.Single(Select(all, new DepositOfFirmSpec(Firm, other.Id))));
        Assert.Empty(Select(all, new DepositOfFirmSpec(Firm, theirs.Id)));
        Assert.Equal([mine, theirs], Select(all, new DepositWithBlobSpec("aa")));
        Assert.True(new DepositBySha256Spec(Firm, "aa").AsNoTracking && new DepositOfFirmSpec(Firm, mine.Id).AsNoTracking && new DepositWithBlobSpec("aa").AsNoTracking);
    }

    [Fact]
    public void A_deposit_keeps_its_file_name_to_255_characters_and_each_declaration_in_order()
    {
        var by = Guid.NewGuid();
        var deposit = Deposit.Of(Firm, new string('n', 300) + ".dsn", "cc", 42, Envoi(), by, "paie-system", Now);

        Assert.Equal(
            (Deposit.FileNameMaxLength, "cc", 42L, Now, by, "paie-system", "123456782", "00010", 100),
            (deposit.FileName.Length, deposit.Sha256, deposit.Size, deposit.DepositedAt, deposit.DepositedBy, deposit.DepositedByClient, deposit.SenderSiren, deposit.SenderNic, deposit.RubricLines));
        Assert.Equal("octobre.dsn", Deposit.Of(Firm, "octobre.dsn", "cc", 1, Envoi(), null, null, Now).FileName);

        var establishment = Guid.NewGuid();
        deposit.Record(Envoi().Declarations[0], DeclarationOutcome.Added, null, establishment);
        deposit.Record(Envoi().Declarations[0], DeclarationOutcome.Refused, RefusalReasons.Removed, null);
        Assert.Equal(
            [(0, "55208131700018", DeclarationOutcome.Added, null, (Guid?)establishment, "1 rue Neuve", 3), (1, "55208131700018", DeclarationOutcome.Refused, "removed", null, "1 rue Neuve", 3)],
            deposit.Lines.Select(l => (l.Position, l.Siret, l.Outcome, l.RefusalReason, l.EstablishmentId, l.Street, l.Individuals)));
    }

    [Fact]
    public void A_months_filings_are_the_firms_own_the_latest_deposit_first()
    {
        var october = new DateOnly(2026, 10, 1);
        var declaration = Envoi().Declarations[0];
        var early = Filing.Of(Firm, Guid.NewGuid(), Guid.NewGuid(), declaration, Now);
        var late = Filing.Of(Firm, Guid.NewGuid(), Guid.NewGuid(), declaration, Now.AddDays(2));
        var theirs = Filing.Of(OtherFirm, Guid.NewGuid(), Guid.NewGuid(), declaration, Now);
        var september = Filing.Of(Firm, Guid.NewGuid(), Guid.NewGuid(), declaration with { Month = new DateOnly(2026, 9, 1) }, Now);

        Assert.Equal([late, early], Select([early, theirs, september, late], new FilingsOfMonthSpec(Firm, october)));
        Assert.True(new FilingsOfMonthSpec(Firm, october).AsNoTracking);
        Assert.Equal(("55208131700018", october, "01", "01", 3), (early.Siret, early.Month, early.Nature, early.Type, early.Individuals));
        Assert.Equal((false, false), (early.CancelsAndReplaces, early.Cancels));
        Assert.Equal((true, false), (Filing.Of(Firm, Guid.NewGuid(), Guid.NewGuid(), declaration with { Type = "03" }, Now).CancelsAndReplaces, Filing.Of(Firm, Guid.NewGuid(), Guid.NewGuid(), declaration with { Type = "05" }, Now).Cancels));
        Assert.Equal((false, true), (Filing.Of(Firm, Guid.NewGuid(), Guid.NewGuid(), declaration with { Type = "04" }, Now).CancelsAndReplaces, Filing.Of(Firm, Guid.NewGuid(), Guid.NewGuid(), declaration with { Type = "04" }, Now).Cancels));
        Assert.True(Filing.Of(Firm, Guid.NewGuid(), Guid.NewGuid(), declaration with { Type = "05" }, Now).CancelsAndReplaces);
    }

    [Fact]
    public void An_establishments_journal_is_its_own_the_latest_first_and_as_many_lines_as_asked()
    {
        var establishment = Named("55208131700018", "A");
        var other = Named("40483304800014", "B");
        var first = JournalEntry.Of(establishment, JournalEvent.AddedManually, Guid.NewGuid(), null, Now);
        var sameTime = JournalEntry.Of(establishment, JournalEvent.Completed, Guid.NewGuid(), null, Now);
        var last = JournalEntry.Of(establishment, JournalEvent.Removed, null, "paie-system", Now.AddHours(1), new string('d', 500));
        var elsewhere = JournalEntry.Of(other, JournalEvent.AddedManually, Guid.NewGuid(), null, Now.AddHours(2));
        JournalEntry[] all = [first, elsewhere, sameTime, last];

        var expected = sameTime.Id.CompareTo(first.Id) > 0 ? new[] { last, sameTime, first } : [last, first, sameTime];
        Assert.Equal(expected, Select(all, new JournalOfEstablishmentSpec(establishment.Id, 10)));
        Assert.Equal(expected[..2], Select(all, new JournalOfEstablishmentSpec(establishment.Id, 2)));
        Assert.True(new JournalOfEstablishmentSpec(establishment.Id, 1).AsNoTracking);
        Assert.Equal((JournalEntry.DetailMaxLength, "paie-system", Firm, establishment.Id), (last.Detail!.Length, last.ActorClientId, last.FirmId, last.EstablishmentId));
        Assert.Equal("court", JournalEntry.Of(establishment, JournalEvent.AddedManually, null, null, Now, "court").Detail);
    }

    [Fact]
    public void Profiles_and_administrators_are_read_in_their_firm_by_name_and_by_grant()
    {
        var agent = Guid.NewGuid();
        var zeta = DelegationProfile.Create(Firm, "Zeta", Responsibilities.View, [Guid.NewGuid()], null, null, [agent], Now).Value;
        var alpha = DelegationProfile.Create(Firm, "Alpha", Responsibilities.View, [Guid.NewGuid()], null, null, [Guid.NewGuid()], Now).Value;
        var theirs = DelegationProfile.Create(OtherFirm, "Beta", Responsibilities.View, [Guid.NewGuid()], null, null, [agent], Now).Value;
        DelegationProfile[] profiles = [zeta, alpha, theirs];

        Assert.Equal([alpha, zeta], Select(profiles, new ProfilesOfFirmSpec(Firm)));
        Assert.Equal([zeta], Select(profiles, new ProfilesOfCollaboratorSpec(Firm, agent)));
        Assert.Same(alpha, Assert.Single(Select(profiles, new ProfileByIdSpec(Firm, alpha.Id))));
        Assert.Empty(Select(profiles, new ProfileByIdSpec(Firm, theirs.Id)));
        Assert.Equal((true, true, false), (new ProfilesOfFirmSpec(Firm).AsNoTracking, new ProfilesOfCollaboratorSpec(Firm, agent).AsNoTracking, new ProfileByIdSpec(Firm, alpha.Id).AsNoTracking));

        var later = PortfolioAdministrator.Grant(Firm, agent, Now.AddDays(1));
        var earlier = PortfolioAdministrator.Grant(Firm, Guid.NewGuid(), Now);
        var elsewhere = PortfolioAdministrator.Grant(OtherFirm, agent, Now);
        PortfolioAdministrator[] administrators = [later, earlier, elsewhere];
        Assert.Equal([earlier, later], Select(administrators, new AdministratorsOfFirmSpec(Firm)));
        Assert.Same(later, Assert.Single(Select(administrators, new AdministratorSpec(Firm, agent))));
        Assert.Equal((true, false, true), (new AdministratorSpec(Firm, agent).AsNoTracking, new AdministratorSpec(Firm, agent, tracked: true).AsNoTracking, new AdministratorsOfFirmSpec(Firm).AsNoTracking));
        Assert.Equal((Firm, agent, Now.AddDays(1)), (later.FirmId, later.UserId, later.GrantedAt));
    }

    [Fact]
    public void Seeding_requests_of_an_establishment_come_the_latest_first_and_those_to_remind_the_oldest_first()
    {
        var establishment = Named("55208131700018", "A");
        var old = Ask(establishment, Now.AddDays(-30));
        Assert.True(old.Answer(accepted: false, null, Now.AddDays(-25)).IsSuccess);
        var recent = Ask(establishment, Now.AddDays(-12));
        var another = Named("40483304800014", "B");
        var oldest = Ask(another, Now.AddDays(-20));
        var tooRecent = Ask(Named("12345678200010", "C"), Now.AddDays(-9));
        var exactlyTen = Ask(Named("73282932000074", "D"), Now.AddDays(-10));
        SeedingRequest[] all = [old, recent, oldest, tooRecent, exactlyTen];

        Assert.Equal([recent, old], Select(all, new SeedingRequestsOfEstablishmentSpec(establishment.Id)));
        Assert.Equal((true, false), (new SeedingRequestsOfEstablishmentSpec(establishment.Id).AsNoTracking, new SeedingRequestsOfEstablishmentSpec(establishment.Id, tracked: true).AsNoTracking));
        Assert.Equal([oldest, recent, exactlyTen], Select(all, new SeedingRequestsToRemindSpec(Now, 10)));
        Assert.Equal([oldest], Select(all, new SeedingRequestsToRemindSpec(Now, 1)));
        Assert.True(new SeedingRequestsToRemindSpec(Now, 1).AsNoTracking);
        Assert.Equal((true, false, false), (exactlyTen.ReminderDue(Now), tooRecent.ReminderDue(Now), old.ReminderDue(Now)));
    }

    [Fact]
    public void A_seeding_request_goes_to_the_partners_contact_once_at_a_time_and_is_answered_once()
    {
        var establishment = Named("55208131700018", "A", partner: "AG2R");
        var by = Guid.NewGuid();

        var request = SeedingRequest.Ask(establishment, null, "  amorcage@ag2r.fr ", by, Now).Value;
        Assert.Equal(
            (Firm, establishment.Id, "55208131700018", "AG2R", "amorcage@ag2r.fr", SeedingStatus.Requested, Now, by),
            (request.FirmId, request.EstablishmentId, request.Siret, request.PartnerGroup, request.ContactEmail, request.Status, request.RequestedAt, request.RequestedBy));
        Assert.Equal("seeding-already-requested", SeedingRequest.Ask(establishment, request, "a@b.fr", by, Now).Error!.Code);
        Assert.Equal("seeding-contact-missing", SeedingRequest.Ask(establishment, null, " ", by, Now).Error!.Code);

        Assert.True(request.Answer(accepted: true, by, Now.AddDays(1)).IsSuccess);
        Assert.Equal((SeedingStatus.Accepted, Now.AddDays(1), by), (request.Status, request.AnsweredAt, request.AnsweredBy));
        Assert.Equal("seeding-already-answered", request.Answer(accepted: false, by, Now.AddDays(2)).Error!.Code);
        Assert.Equal("seeding-already-accepted", SeedingRequest.Ask(establishment, request, "a@b.fr", by, Now).Error!.Code);

        Assert.True(establishment.Complete("A", DueDay.Fifth, "Malakoff").IsSuccess);
        Assert.True(SeedingRequest.Ask(establishment, request, "a@malakoff.fr", by, Now).IsSuccess);

        var refused = SeedingRequest.Ask(establishment, null, "a@malakoff.fr", by, Now).Value;
        Assert.True(refused.Answer(accepted: false, by, Now).IsSuccess);
        Assert.Equal(SeedingStatus.Refused, refused.Status);
        Assert.True(SeedingRequest.Ask(establishment, refused, "a@malakoff.fr", by, Now).IsSuccess);

        var unnamed = Establishment.FromDsn(Firm, Siret("40483304800014"), new DsnAddress(null, null, null), null, Now);
        Assert.Equal("seeding-partner-required", SeedingRequest.Ask(unnamed, null, "a@b.fr", by, Now).Error!.Code);
        Assert.True(establishment.Remove(Now).IsSuccess);
        Assert.Equal("establishment-removed", SeedingRequest.Ask(establishment, null, "a@b.fr", by, Now).Error!.Code);
    }

    private static SeedingRequest Ask(Establishment establishment, DateTimeOffset at) => SeedingRequest.Ask(establishment, null, "contact@ag2r.fr", null, at).Value;

    private static Siret Siret(string digits) => Modular.Portfolio.Domain.Establishments.Siret.Parse(digits).Value;

    private static Establishment Named(string siret, string name, Guid? firm = null, string partner = "AG2R", DueDay day = DueDay.Fifth) =>
        Establishment.Manually(firm ?? Firm, Siret(siret), name, day, partner, Now).Value;

    private static DsnEnvoi Envoi() => new(
        "123456782", "00010", "Cabinet Démo Expertise",
        [new DsnDeclaration(10, "01", "01", new DateOnly(2026, 10, 1), Siret("55208131700018"), null, new DsnAddress("1 rue Neuve", "21000", "Dijon"), 3)],
        100);
}
