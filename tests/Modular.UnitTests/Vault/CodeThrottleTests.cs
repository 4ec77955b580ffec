using Modular.Vault.Domain.Links;

namespace Modular.UnitTests.Vault;

public sealed class CodeThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Nineteen_recent_failures_still_allow_an_attempt() =>
        Assert.Null(CodeThrottle.RetryAfter([.. Enumerable.Range(1, 19).Select(i => Now.AddSeconds(-30 * i))], Now));

    [Fact]
    public void Twenty_failures_within_15_minutes_block_until_the_oldest_leaves_the_window()
    {
        var failures = Enumerable.Range(1, 20).Select(i => Now.AddSeconds(-30 * i)).ToList();

        var wait = CodeThrottle.RetryAfter(failures, Now);

        // The oldest failure (10 minutes ago) leaves the window in 5 minutes.
        Assert.Equal(TimeSpan.FromMinutes(5), wait);
    }

    [Fact]
    public void Failures_older_than_the_window_do_not_count()
    {
        var failures = Enumerable.Range(1, 30).Select(i => Now.AddMinutes(-15).AddSeconds(-i)).ToList();

        Assert.Null(CodeThrottle.RetryAfter(failures, Now));
    }

    [Fact]
    public void Each_further_attempt_pushes_the_wait_out()
    {
        var failures = Enumerable.Range(1, 20).Select(i => Now.AddMinutes(-10).AddSeconds(-i)).ToList();
        var first = CodeThrottle.RetryAfter(failures, Now)!.Value;

        failures.AddRange([Now.AddSeconds(-1), Now]);
        var later = CodeThrottle.RetryAfter(failures, Now)!.Value;

        Assert.True(later > first, $"{later} should be longer than {first}");
    }

    [Fact]
    public void The_wait_is_never_zero_while_blocked()
    {
        var failures = Enumerable.Repeat(Now - CodeThrottle.Window + TimeSpan.FromTicks(1), 20).ToList();

        Assert.True(CodeThrottle.RetryAfter(failures, Now) > TimeSpan.Zero);
    }

    [Fact]
    public void The_limit_and_window_are_those_announced() =>
        Assert.Equal((20, TimeSpan.FromMinutes(15)), (CodeThrottle.Limit, CodeThrottle.Window));

    [Fact]
    public void A_failure_is_counted_for_its_address_with_its_time_and_reason()
    {
        var failure = new CodeFailure("203.0.113.7", Now, "wrong-code");

        Assert.Equal(("203.0.113.7", Now, "wrong-code"), (failure.RemoteAddress, failure.At, failure.Reason));
    }
}
