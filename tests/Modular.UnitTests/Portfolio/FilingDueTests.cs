using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;

namespace Modular.UnitTests.Portfolio;

/// <summary>Which months' schedules expect an establishment, to the second around its due moment or the month's end.</summary>
public sealed class FilingDueTests
{
    private static readonly Guid Firm = Guid.NewGuid();
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly DateOnly October = new(2026, 10, 1);

    [Fact]
    public void An_establishment_added_just_before_the_due_moment_is_expected_and_one_added_at_it_is_not()
    {
        var due = FilingDue.Of(October, DueDay.Fifth, Paris);

        Assert.True(FilingDue.Expects(AddedAt(due.AddTicks(-1)), October, due, filed: false, Paris));
        Assert.False(FilingDue.Expects(AddedAt(due), October, due, filed: false, Paris));
    }

    [Fact]
    public void Without_a_due_day_one_added_just_before_the_months_end_in_Paris_is_expected_and_one_added_at_it_is_not()
    {
        var monthEnd = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(1));

        Assert.True(FilingDue.Expects(AddedAt(monthEnd.AddTicks(-1)), October, null, filed: false, Paris));
        Assert.False(FilingDue.Expects(AddedAt(monthEnd), October, null, filed: false, Paris));
        Assert.True(FilingDue.Expects(AddedAt(monthEnd), new DateOnly(2026, 11, 30), null, filed: false, Paris));
    }

    [Fact]
    public void A_filing_makes_any_establishment_expected()
    {
        Assert.True(FilingDue.Expects(AddedAt(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)), October, null, filed: true, Paris));
    }

    [Fact]
    public void The_due_moment_is_noon_on_its_day()
    {
        Assert.Equal(new TimeOnly(12, 0), FilingDue.Noon);
        Assert.Equal(new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.FromHours(1)), FilingDue.Of(new DateOnly(2026, 10, 17), DueDay.Fifteenth, Paris));
    }

    private static Establishment AddedAt(DateTimeOffset at) =>
        Establishment.Manually(Firm, Siret.Parse("55208131700018").Value, "Boulangerie", DueDay.Fifth, "AG2R", at).Value;
}
