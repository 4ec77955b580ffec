using System.Globalization;
using Modular.SharedKernel.Text;

namespace Modular.UnitTests.SharedKernel;

public sealed class LongDateTests
{
    [Theory]
    [InlineData("fr-FR", 1, "1er décembre 2026")]
    [InlineData("fr-FR", 2, "2 décembre 2026")]
    [InlineData("fr-FR", 21, "21 décembre 2026")]
    [InlineData("en-GB", 1, "1 December 2026")]
    public void The_first_of_the_month_is_an_ordinal_in_French_only(string culture, int day, string expected) =>
        Assert.Equal(expected, LongDate.Format(new DateOnly(2026, 12, day), CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void A_date_needs_a_culture() =>
        Assert.Throws<ArgumentNullException>("culture", () => LongDate.Format(new DateOnly(2026, 12, 2), null!));
}
