using Modular.Identity.Domain.Organisations;
using Modular.UnitTests.Fakes;
using static Modular.UnitTests.Fakes.InMemoryQueries;

namespace Modular.UnitTests.Identity;

/// <summary>An organisation's name rules, and which organisations the module's queries select, run over lists in memory.</summary>
public sealed class OrganisationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_organisation_keeps_its_trimmed_name_and_when_it_was_created()
    {
        var organisation = Organisation.Create("  Cabinet Martin ", new StoppedClock(Now)).Value;

        Assert.Equal("Cabinet Martin", organisation.Name);
        Assert.Equal(Now, organisation.CreatedAt);
        Assert.NotEqual(Guid.Empty, organisation.Id);
    }

    [Fact]
    public void A_missing_name_is_required() =>
        Assert.Equal("organisation-name-required", Organisation.Create(null!, new StoppedClock(Now)).Error?.Code);

    [Fact]
    public void A_name_of_exactly_200_characters_is_accepted()
    {
        var name = new string('x', Organisation.NameMaxLength);

        Assert.Equal(name, Organisation.Create(name, new StoppedClock(Now)).Value.Name);
    }

    [Fact]
    public void Organisations_are_listed_by_name_read_only()
    {
        var (martin, dupont, bernard) = (Named("Cabinet Martin"), Named("Assurances Dupont"), Named("Bernard & fils"));

        Assert.Equal([dupont, bernard, martin], Select([martin, dupont, bernard], new OrganisationsByNameSpec()));
        Assert.True(new OrganisationsByNameSpec().AsNoTracking);
    }

    [Fact]
    public void An_organisation_is_found_by_its_exact_name()
    {
        var (martin, dupont) = (Named("Cabinet Martin"), Named("Assurances Dupont"));

        Assert.Same(dupont, Assert.Single(Select([martin, dupont], new OrganisationByNameSpec("Assurances Dupont"))));
        Assert.Empty(Select([martin, dupont], new OrganisationByNameSpec("Assurances")));
    }

    private static Organisation Named(string name) => Organisation.Create(name, new StoppedClock(Now)).Value;
}
