using Modular.SharedKernel.Text;

namespace Modular.UnitTests.SharedKernel;

/// <summary>Moments in messages: in the product's zone, in the reader's language, saying whose clock it is.</summary>
public sealed class DisplayTimeTests
{
    private static readonly DisplayTime Paris = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

    // 09:30 UTC on the first of December is 10:30 in Paris.
    private static readonly DateTimeOffset FirstOfDecember = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("fr", "1er décembre 2026 à 10:30 (heure de Paris)")]
    [InlineData("fr-FR", "1er décembre 2026 à 10:30 (heure de Paris)")]
    [InlineData("en", "1 December 2026 at 10:30 (Paris time)")]
    [InlineData("en-GB", "1 December 2026 at 10:30 (Paris time)")]
    public void A_moment_is_written_out_in_the_readers_language_on_the_products_clock(string language, string expected) =>
        Assert.Equal(expected, Paris.DateAndTime(FirstOfDecember, language));

    [Theory]
    [InlineData("fr", "10:30 (heure de Paris)")]
    [InlineData("en", "10:30 (Paris time)")]
    public void A_time_of_day_says_whose_clock_it_is(string language, string expected) =>
        Assert.Equal(expected, Paris.TimeWithZone(FirstOfDecember, language));

    [Fact]
    public void A_zone_is_named_by_its_city_with_spaces()
    {
        var newYork = new DisplayTime(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        Assert.Equal("04:30 (New York time)", newYork.TimeWithZone(FirstOfDecember, "en"));
    }

    [Fact]
    public void A_zone_without_a_city_is_named_by_its_id() =>
        Assert.Equal("09:30 (heure de UTC)", new DisplayTime(TimeZoneInfo.Utc).TimeWithZone(FirstOfDecember, "fr"));

    [Theory]
    [InlineData("fr", "1er décembre 2026")]
    [InlineData("en", "1 December 2026")]
    public void A_date_is_the_day_on_the_products_clock(string language, string expected) =>
        Assert.Equal(expected, Paris.Date(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero), language));

    [Theory]
    [InlineData("fr", "2 décembre 2026")]
    [InlineData("en", "2 December 2026")]
    public void A_day_is_written_out_in_the_readers_language(string language, string expected) =>
        Assert.Equal(expected, Paris.Date(new DateOnly(2026, 12, 2), language));

    [Fact]
    public void The_zone_is_the_one_it_was_given() => Assert.Equal("Europe/Paris", Paris.Zone.Id);
}
