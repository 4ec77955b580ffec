using Modular.ClientPortal.Application.Digests;
using Modular.ClientPortal.Domain.Documents;

namespace Modular.UnitTests.ClientPortal;

public sealed class DailyDigestTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    [Fact]
    public void The_digest_of_a_day_lists_the_24_hours_before_its_hour_in_the_product_zone()
    {
        var (from, to) = DailyDigest.Window(Day(12, 2), Paris, 7);

        // Paris is UTC+1 in winter.
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero), from);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero), to);
        Assert.Equal(DailyDigest.Window(Day(12, 3), Paris, 7).From, to);
    }

    [Fact]
    public void Windows_abut_across_the_changes_of_time_which_make_them_23_or_25_hours()
    {
        var spring = DailyDigest.Window(Day(3, 29), Paris, 7);
        var autumn = DailyDigest.Window(Day(10, 25), Paris, 7);

        Assert.Equal(TimeSpan.FromHours(23), spring.To - spring.From);
        Assert.Equal(TimeSpan.FromHours(25), autumn.To - autumn.From);
        for (var day = Day(3, 20); day < Day(11, 5); day = day.AddDays(1))
        {
            Assert.Equal(DailyDigest.Window(day, Paris, 7).To, DailyDigest.Window(day.AddDays(1), Paris, 7).From);
        }
    }

    [Fact]
    public void An_hour_the_clocks_skip_is_the_moment_they_jump_to_and_an_hour_that_happens_twice_its_first_time()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), DailyDigest.MomentOf(Day(3, 29), Paris, 2));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.Zero), DailyDigest.MomentOf(Day(10, 25), Paris, 2));
    }

    [Fact]
    public void A_digest_hour_is_an_hour_of_the_day_in_a_time_zone()
    {
        Assert.Equal("hour", Assert.Throws<ArgumentOutOfRangeException>(() => DailyDigest.MomentOf(Day(12, 2), Paris, -1)).ParamName);
        Assert.Equal("hour", Assert.Throws<ArgumentOutOfRangeException>(() => DailyDigest.MomentOf(Day(12, 2), Paris, 24)).ParamName);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero), DailyDigest.MomentOf(Day(12, 2), Paris, 0));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 22, 0, 0, TimeSpan.Zero), DailyDigest.MomentOf(Day(12, 2), Paris, 23));
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => DailyDigest.MomentOf(Day(12, 2), null!, 7)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => DailyDigest.LatestDue(DateTimeOffset.UnixEpoch, null!, 7)).ParamName);
        Assert.Equal("alreadySent", Assert.Throws<ArgumentNullException>(() => DailyDigest.DaysToSend(Day(12, 2), null!)).ParamName);
    }

    [Theory]
    [InlineData("2026-12-02T06:14:59Z", "2026-12-01")] // 07:14 in Paris: the grace after 07:00 is not over
    [InlineData("2026-12-02T06:15:00Z", "2026-12-02")]
    [InlineData("2026-12-02T22:59:00Z", "2026-12-02")] // 23:59 in Paris
    [InlineData("2026-12-02T23:30:00Z", "2026-12-02")] // 00:30 on the 3rd in Paris: the 3rd's digest is not due yet
    [InlineData("2026-12-03T01:00:00Z", "2026-12-02")]
    public void The_last_due_day_is_the_last_whose_hour_and_grace_have_passed(string now, string latest) =>
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), DailyDigest.LatestDue(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Paris, 7));

    [Fact]
    public void A_first_run_sends_only_the_last_due_day()
    {
        Assert.Equal([Day(12, 10)], DailyDigest.DaysToSend(Day(12, 10), []));
    }

    [Fact]
    public void A_Host_back_after_missing_digest_hours_sends_the_days_it_missed_and_nothing_twice()
    {
        Assert.Equal([Day(12, 8), Day(12, 9), Day(12, 10)], DailyDigest.DaysToSend(Day(12, 10), [Day(12, 5), Day(12, 7)]));
        Assert.Empty(DailyDigest.DaysToSend(Day(12, 10), [Day(12, 9), Day(12, 10)]));
    }

    [Fact]
    public void Days_older_than_the_catch_up_are_not_sent_a_Host_down_longer_starts_again_from_the_last_day()
    {
        var latest = Day(12, 20);

        Assert.Equal(DailyDigest.CatchUpDays, DailyDigest.Candidates(latest).Count);
        Assert.Equal(latest, DailyDigest.Candidates(latest)[^1]);
        Assert.Equal([latest], DailyDigest.DaysToSend(latest, [latest.AddDays(-DailyDigest.CatchUpDays)]));
        Assert.Equal(DailyDigest.CatchUpDays - 1, DailyDigest.DaysToSend(latest, [latest.AddDays(1 - DailyDigest.CatchUpDays)]).Count);
    }

    [Fact]
    public void Reminders_are_counted_from_the_moment_of_the_last_due_digest()
    {
        var now = new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero), DailyDigest.LatestMoment(now, Paris, 7));
    }

    [Fact]
    public void Each_day_has_its_own_digest_event_id_the_same_on_every_Host()
    {
        var id = DigestScheduler.EventIdOf(Day(12, 2));

        Assert.Equal(id, DigestScheduler.EventIdOf(Day(12, 2)));
        Assert.NotEqual(id, DigestScheduler.EventIdOf(Day(12, 3)));
        Assert.Equal(8, id.Version);
    }
}
