using System.Globalization;
using Modular.Host.Pages;
using Modular.SharedKernel.Text;

namespace Modular.UnitTests.Host;

/// <summary>Times as pages and messages show them: in the product's zone (Paris), never the server's UTC.</summary>
public sealed class PageTimeTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    // 07:12 UTC on a winter day is 08:12 in Paris; in July it would be 09:12.
    private static readonly DateTimeOffset WinterMorning = new(2026, 12, 1, 7, 12, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SummerMorning = new(2026, 7, 1, 7, 12, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("fr-FR", "01/12/2026 08:12", "1er décembre 2026", "décembre 2026")]
    [InlineData("en-GB", "01/12/2026 08:12", "1 December 2026", "December 2026")]
    public void Pages_show_times_in_Paris_in_the_reader_s_language(string culture, string moment, string day, string month)
    {
        PageTime.Use(Paris);
        using (new CultureScope(culture))
        {
            Assert.Equal(moment, PageTime.Moment(WinterMorning));
            Assert.Equal(day, PageTime.Day(WinterMorning));
            Assert.Equal(month, PageTime.Month(2026, 12));
            Assert.Equal(culture == "fr-FR" ? "1er juillet 2026 09:12" : "1 July 2026 09:12", PageTime.DayAndTime(SummerMorning));
        }
    }

    [Theory]
    [InlineData("fr", "08:12 (heure de Paris)")]
    [InlineData("en", "08:12 (Paris time)")]
    public void A_time_of_day_says_whose_clock_it_is(string language, string expected) =>
        Assert.Equal(expected, new DisplayTime(Paris).TimeWithZone(WinterMorning, language));

    [Theory]
    [InlineData("fr", "1er décembre 2026 à 08:12 (heure de Paris)", "1er juillet 2026 à 09:12 (heure de Paris)")]
    [InlineData("en", "1 December 2026 at 08:12 (Paris time)", "1 July 2026 at 09:12 (Paris time)")]
    public void A_moment_in_a_message_is_in_Paris_and_says_so(string language, string winter, string summer)
    {
        var display = new DisplayTime(Paris);

        Assert.Equal(winter, display.DateAndTime(WinterMorning, language));
        Assert.Equal(summer, display.DateAndTime(SummerMorning, language));
    }

    [Fact]
    public void A_zone_with_an_underscore_reads_as_a_city()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal("02:12 (heure de New York)", new DisplayTime(zone).TimeWithZone(WinterMorning, "fr"));
        Assert.Equal("1 December 2026 at 02:12 (New York time)", new DisplayTime(zone).DateAndTime(WinterMorning, "en"));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
