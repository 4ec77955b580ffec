using Modular.Identity.Domain.SignIn;

namespace Modular.UnitTests.Identity;

public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Five_failures_from_one_address_make_that_address_wait_until_the_oldest_leaves_the_window()
    {
        var fromAddress = Enumerable.Range(0, 5).Select(i => Now.AddMinutes(-10 + i)).ToList();

        var wait = SignInThrottle.RetryAfter(new RecentSignInFailures(fromAddress, fromAddress), Now);

        Assert.Equal(TimeSpan.FromMinutes(5), wait);
        Assert.Null(SignInThrottle.RetryAfter(new RecentSignInFailures(fromAddress.Skip(1).ToList(), fromAddress), Now));
    }

    [Fact]
    public void A_hundred_checked_failures_from_many_addresses_make_every_address_wait()
    {
        var checkedFailures = Enumerable.Range(0, 100).Select(i => Now.AddSeconds(-30 * i)).ToList();

        var wait = SignInThrottle.RetryAfter(new RecentSignInFailures([], checkedFailures), Now);

        Assert.NotNull(wait);
        Assert.Null(SignInThrottle.RetryAfter(new RecentSignInFailures([], checkedFailures.Skip(1).ToList()), Now));
    }

    [Fact]
    public void Failures_older_than_their_window_count_for_nothing()
    {
        var old = Enumerable.Range(0, 10).Select(i => Now.AddMinutes(-16 - i)).ToList();

        Assert.Null(SignInThrottle.RetryAfter(new RecentSignInFailures(old, old), Now));
    }

    [Fact]
    public void Failures_count_for_nothing_past_the_longer_of_the_two_windows_the_accounts_hour() =>
        Assert.Equal(TimeSpan.FromHours(1), SignInThrottle.Horizon);

    [Fact]
    public void The_throttle_needs_the_failures() =>
        Assert.Throws<ArgumentNullException>("failures", () => SignInThrottle.RetryAfter(null!, Now));

    [Theory]
    [InlineData(50, 10)]
    [InlineData(58, 5)]
    public void When_both_limits_are_reached_the_longer_wait_is_the_one_that_counts(int oldestCheckedMinutesAgo, int expectedMinutes)
    {
        // The address's fifth-last failure leaves its 15-minute window in 5 minutes; the account's
        // hundredth-last leaves the hour 60 - oldestCheckedMinutesAgo minutes from now.
        var fromAddress = Enumerable.Range(0, 5).Select(i => Now.AddMinutes(-10 + i)).ToList();
        var checkedFailures = Enumerable.Repeat(Now.AddMinutes(-1), 99).Prepend(Now.AddMinutes(-oldestCheckedMinutesAgo)).ToList();

        var wait = SignInThrottle.RetryAfter(new RecentSignInFailures(fromAddress, checkedFailures), Now);

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), wait);
    }

    [Theory]
    [InlineData(" Agent1@Demo.Test ", "AGENT1@DEMO.TEST")]
    [InlineData("", "-")]
    [InlineData("   ", "-")]
    [InlineData(null, "-")]
    public void An_email_is_counted_under_its_normalised_form(string? email, string key) =>
        Assert.Equal(key, SignInFailure.KeyOf(email!));

    [Fact]
    public void A_failure_keeps_its_account_key_address_time_and_whether_it_was_refused()
    {
        var failure = new SignInFailure("AGENT1@DEMO.TEST", "203.0.113.9", Now, refused: true);

        Assert.Equal("AGENT1@DEMO.TEST", failure.AccountKey);
        Assert.Equal("203.0.113.9", failure.RemoteAddress);
        Assert.Equal(Now, failure.At);
        Assert.True(failure.Refused);
        Assert.False(new SignInFailure("AGENT1@DEMO.TEST", null, Now, refused: false).Refused);
    }

    [Fact]
    public void A_failure_needs_an_account_key()
    {
        Assert.Throws<ArgumentException>("accountKey", () => new SignInFailure("", "203.0.113.9", Now, refused: false));
        Assert.Throws<ArgumentNullException>("accountKey", () => new SignInFailure(null!, "203.0.113.9", Now, refused: false));
    }

    [Theory]
    [InlineData(256, 256)]
    [InlineData(257, 256)]
    [InlineData(1000, 256)]
    public void An_account_key_is_cut_at_256_characters(int length, int kept)
    {
        var key = string.Concat(Enumerable.Range(0, length).Select(i => (char)('A' + (i % 26))));

        var failure = new SignInFailure(key, null, Now, refused: false);

        Assert.Equal(key[..kept], failure.AccountKey);
    }

    [Theory]
    [InlineData(64, 64)]
    [InlineData(65, 64)]
    public void An_address_is_cut_at_64_characters(int length, int kept)
    {
        var address = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));

        var failure = new SignInFailure("AGENT1@DEMO.TEST", address, Now, refused: false);

        Assert.Equal(address[..kept], failure.RemoteAddress);
    }

    [Fact]
    public void A_failure_without_an_address_keeps_none() =>
        Assert.Null(new SignInFailure("AGENT1@DEMO.TEST", null, Now, refused: false).RemoteAddress);
}
