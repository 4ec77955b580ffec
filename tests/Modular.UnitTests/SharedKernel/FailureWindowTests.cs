using Modular.SharedKernel.Domain;

namespace Modular.UnitTests.SharedKernel;

public sealed class FailureWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly FailureWindow ThreeInTenMinutes = new(3, TimeSpan.FromMinutes(10));

    [Fact]
    public void Under_the_limit_an_attempt_may_go_ahead() =>
        Assert.Null(ThreeInTenMinutes.RetryAfter([Now.AddMinutes(-1), Now.AddMinutes(-2)], Now));

    [Fact]
    public void At_the_limit_the_wait_lasts_until_the_oldest_needed_failure_leaves_the_window() =>
        Assert.Equal(TimeSpan.FromMinutes(4), ThreeInTenMinutes.RetryAfter([Now.AddMinutes(-1), Now.AddMinutes(-6), Now.AddMinutes(-3)], Now));

    [Fact]
    public void Past_the_limit_the_wait_lasts_until_only_limit_minus_one_remain() =>
        Assert.Equal(TimeSpan.FromMinutes(7), ThreeInTenMinutes.RetryAfter([Now.AddMinutes(-1), Now.AddMinutes(-9), Now.AddMinutes(-3), Now.AddMinutes(-2)], Now));

    [Fact]
    public void A_failure_exactly_the_window_old_no_longer_counts() =>
        Assert.Null(ThreeInTenMinutes.RetryAfter([Now.AddMinutes(-1), Now.AddMinutes(-2), Now.AddMinutes(-10)], Now));

    [Fact]
    public void The_window_needs_the_failures() =>
        Assert.Throws<ArgumentNullException>("recentFailures", () => ThreeInTenMinutes.RetryAfter(null!, Now));
}
