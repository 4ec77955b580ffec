using Modular.Portfolio.Domain.Dsn;
using Modular.Portfolio.Domain.Establishments;

namespace Modular.UnitTests.Portfolio;

/// <summary>An establishment of the portfolio: what a DSN or a person gives it, its name's bounds, and the address a later DSN declares.</summary>
public sealed class EstablishmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Firm = Guid.NewGuid();
    private static readonly Siret Bakery = Siret.Parse("55208131700018").Value;

    [Fact]
    public void One_added_by_a_DSN_keeps_its_firm_SIRET_address_and_date_and_has_nothing_else()
    {
        var establishment = Establishment.FromDsn(Firm, Bakery, new DsnAddress("8 rue Neuve", "21000", "Dijon"), null, Now);

        Assert.Equal(
            (Firm, "55208131700018", "8 rue Neuve", "21000", "Dijon", true, Now),
            (establishment.FirmId, establishment.Siret, establishment.Street, establishment.PostalCode, establishment.City, establishment.AddedByDsn, establishment.AddedAt));
        Assert.Equal(((string?)null, (string?)null, (DueDay?)null, (string?)null, (string?)null), (establishment.Name, establishment.SearchName, establishment.DueDay, establishment.PartnerGroup, establishment.SuggestedName));
        Assert.Null(establishment.DeclaredAddress);
        Assert.Null(establishment.RemovedAt);
    }

    [Theory]
    [InlineData("  Cabinet Démo  ", "Cabinet Démo")]
    [InlineData("   ", null)]
    [InlineData("", null)]
    public void The_senders_name_is_suggested_trimmed_and_only_when_it_says_something(string given, string? suggested)
    {
        Assert.Equal(suggested, Establishment.FromDsn(Firm, Bakery, new DsnAddress(null, null, null), given, Now).SuggestedName);
    }

    [Fact]
    public void A_suggested_name_is_cut_to_the_longest_name()
    {
        var name = new string('n', Establishment.NameMaxLength + 1);

        Assert.Equal(name[..Establishment.NameMaxLength], Establishment.FromDsn(Firm, Bakery, new DsnAddress(null, null, null), name, Now).SuggestedName);
        Assert.Equal(name[..Establishment.NameMaxLength], Establishment.FromDsn(Firm, Bakery, new DsnAddress(null, null, null), name[..Establishment.NameMaxLength], Now).SuggestedName);
    }

    [Fact]
    public void One_added_by_hand_is_complete_with_its_name_folded_for_search_and_its_partner_trimmed()
    {
        var establishment = Establishment.Manually(Firm, Bakery, " Boulangerie Émile ", DueDay.Fifteenth, " AG2R ", Now).Value;

        Assert.Equal(
            ("Boulangerie Émile", "boulangerie emile", DueDay.Fifteenth, "AG2R", false, EstablishmentStatus.Complete),
            (establishment.Name, establishment.SearchName, establishment.DueDay, establishment.PartnerGroup, establishment.AddedByDsn, establishment.Status));
        Assert.Equal((Firm, "55208131700018", Now), (establishment.FirmId, establishment.Siret, establishment.AddedAt));
    }

    [Fact]
    public void One_added_by_hand_without_its_due_day_is_refused_as_such()
    {
        Assert.Equal("due-day-invalid", Establishment.Manually(Firm, Bakery, "Boulangerie", null, "AG2R", Now).Error!.Code);
    }

    [Fact]
    public void A_name_may_be_as_long_as_the_longest_but_not_one_longer()
    {
        var establishment = Establishment.FromDsn(Firm, Bakery, new DsnAddress(null, null, null), null, Now);

        Assert.True(establishment.Complete(new string('n', Establishment.NameMaxLength), DueDay.Fifth, "AG2R").IsSuccess);
        Assert.Equal("establishment-name-invalid", establishment.Complete(new string('n', Establishment.NameMaxLength + 1), DueDay.Fifth, "AG2R").Error!.Code);
        Assert.Equal(Establishment.NameMaxLength, establishment.Name!.Length);
    }

    [Fact]
    public void A_refused_completion_changes_nothing()
    {
        var establishment = Establishment.Manually(Firm, Bakery, "Boulangerie", DueDay.Fifth, "AG2R", Now).Value;

        Assert.True(establishment.Complete(null, DueDay.Fifteenth, "Malakoff").IsFailure);

        Assert.Equal(("Boulangerie", DueDay.Fifth, "AG2R"), (establishment.Name, establishment.DueDay, establishment.PartnerGroup));
    }

    [Fact]
    public void An_establishment_without_an_address_takes_the_first_one_declared_without_a_flag()
    {
        var establishment = Establishment.FromDsn(Firm, Bakery, new DsnAddress(null, null, null), null, Now);

        establishment.Declared(new DsnAddress("8 rue Neuve", "21000", "Dijon"));

        Assert.Equal(("8 rue Neuve", "21000", "Dijon"), (establishment.Street, establishment.PostalCode, establishment.City));
        Assert.False(establishment.HasDeclaredAddress);
    }

    [Theory]
    [InlineData(null, null, "Dijon")]
    [InlineData(null, "21000", null)]
    [InlineData("8 rue Neuve", null, null)]
    public void An_establishment_with_part_of_an_address_keeps_it_and_flags_another(string? street, string? postalCode, string? city)
    {
        var establishment = Establishment.FromDsn(Firm, Bakery, new DsnAddress(street, postalCode, city), null, Now);

        establishment.Declared(new DsnAddress("3 rue des Granges", "25000", "Besançon"));

        Assert.Equal((street, postalCode, city), (establishment.Street, establishment.PostalCode, establishment.City));
        Assert.Equal(new DsnAddress("3 rue des Granges", "25000", "Besançon"), establishment.DeclaredAddress);
        Assert.Equal(("3 rue des Granges", "25000", "Besançon"), (establishment.DeclaredStreet, establishment.DeclaredPostalCode, establishment.DeclaredCity));
    }

    [Theory]
    [InlineData("9 rue Neuve", "21000", "Dijon")]
    [InlineData("8 rue Neuve", "21001", "Dijon")]
    [InlineData("8 rue Neuve", "21000", "Beaune")]
    [InlineData("8 rue Neuve", null, "Dijon")]
    public void Any_part_of_the_address_that_differs_flags_the_establishment(string? street, string? postalCode, string? city)
    {
        var establishment = Establishment.FromDsn(Firm, Bakery, new DsnAddress("8 rue Neuve", "21000", "Dijon"), null, Now);

        establishment.Declared(new DsnAddress(street, postalCode, city));

        Assert.True(establishment.HasDeclaredAddress);
    }

    [Fact]
    public void The_same_address_declared_again_takes_the_flag_away()
    {
        var establishment = Establishment.FromDsn(Firm, Bakery, new DsnAddress("8 rue Neuve", "21000", "Dijon"), null, Now);
        establishment.Declared(new DsnAddress("3 rue des Granges", "21000", "Dijon"));

        establishment.Declared(new DsnAddress(" 8 RUE  neuve ", "21000", "dijon"));

        Assert.Equal((false, (DsnAddress?)null), (establishment.HasDeclaredAddress, establishment.DeclaredAddress));
        Assert.Equal(((string?)null, (string?)null, (string?)null), (establishment.DeclaredStreet, establishment.DeclaredPostalCode, establishment.DeclaredCity));
    }

    [Fact]
    public void The_administrator_may_keep_the_known_address_and_the_flag_goes()
    {
        var establishment = Establishment.FromDsn(Firm, Bakery, new DsnAddress("8 rue Neuve", "21000", "Dijon"), null, Now);
        establishment.Declared(new DsnAddress("3 rue des Granges", "25000", "Besançon"));

        establishment.ResolveAddress(takeDeclared: false);

        Assert.Equal(new DsnAddress("8 rue Neuve", "21000", "Dijon"), establishment.Address);
        Assert.False(establishment.HasDeclaredAddress);
    }

    [Fact]
    public void Taking_the_declared_address_when_none_is_flagged_changes_nothing()
    {
        var establishment = Establishment.FromDsn(Firm, Bakery, new DsnAddress("8 rue Neuve", "21000", "Dijon"), null, Now);

        establishment.ResolveAddress(takeDeclared: true);

        Assert.Equal(new DsnAddress("8 rue Neuve", "21000", "Dijon"), establishment.Address);
    }

    [Fact]
    public void A_removed_establishment_says_when()
    {
        var establishment = Establishment.FromDsn(Firm, Bakery, new DsnAddress(null, null, null), null, Now);

        establishment.Remove(Now.AddDays(1));

        Assert.Equal((Now.AddDays(1), EstablishmentStatus.Removed), (establishment.RemovedAt, establishment.Status));
        Assert.True(establishment.Restore().IsSuccess);
        Assert.Equal(((DateTimeOffset?)null, EstablishmentStatus.ToComplete), (establishment.RemovedAt, establishment.Status));
    }
}
