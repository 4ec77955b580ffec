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

    [Theory]
    [InlineData(" Agent1@Demo.Test ", "AGENT1@DEMO.TEST")]
    [InlineData("", "-")]
    public void An_email_is_counted_under_its_normalised_form(string email, string key) =>
        Assert.Equal(key, SignInFailure.KeyOf(email));
}
