using System.Globalization;
using Modular.Host;

namespace Modular.UnitTests.Host;

/// <summary>Euros as each language writes them: the French put the sign after a comma, the English before a point.</summary>
public sealed class EuroAmountsTests
{
    [Theory]
    [InlineData("fr-FR", 1.82, "1,82 €")]
    [InlineData("fr-FR", 1250.5, "1 250,50 €")]
    [InlineData("en-GB", 1.82, "€1.82")]
    [InlineData("en-GB", 1250.5, "€1,250.50")]
    [InlineData("en-GB", -3, "-€3.00")]
    public void An_amount_is_written_the_readers_way(string culture, double amount, string expected) =>
        Assert.Equal(expected, Spaces(EuroAmounts.Format((decimal)amount, CultureInfo.GetCultureInfo(culture))));

    [Fact]
    public void By_default_the_current_UI_culture_decides()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("€1.82", EuroAmounts.Format(1.82m));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("1,82 €", Spaces(EuroAmounts.Format(1.82m)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    // French separates thousands and the sign with no-break spaces, which a test need not tell apart.
    private static string Spaces(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
