using Modular.Sharing.Domain.Imports;

namespace Modular.UnitTests.Sharing;

public sealed class ImportThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Nine_recent_failures_still_allow_an_attempt() =>
        Assert.Null(ImportThrottle.RetryAfter([.. Enumerable.Range(1, 9).Select(i => Now.AddMinutes(-i))], Now));

    [Fact]
    public void Ten_failures_within_30_minutes_block_until_the_oldest_leaves_the_window()
    {
        var failures = Enumerable.Range(1, 10).Select(i => Now.AddMinutes(-i)).ToList();

        var wait = ImportThrottle.RetryAfter(failures, Now);

        // The oldest failure (10 minutes ago) leaves the window in 20 minutes.
        Assert.Equal(TimeSpan.FromMinutes(20), wait);
    }

    [Fact]
    public void Failures_older_than_the_window_do_not_count()
    {
        var failures = Enumerable.Range(1, 10).Select(i => Now.AddMinutes(-25 - i)).ToList();

        Assert.Null(ImportThrottle.RetryAfter(failures, Now));
    }

    [Fact]
    public void Each_further_attempt_pushes_the_wait_out()
    {
        var failures = Enumerable.Range(1, 10).Select(i => Now.AddMinutes(-20 - (i * 0.5))).ToList();
        var first = ImportThrottle.RetryAfter(failures, Now)!.Value;

        failures.AddRange([Now.AddMinutes(-1), Now]);
        var later = ImportThrottle.RetryAfter(failures, Now)!.Value;

        Assert.True(later > first, $"{later} should be longer than {first}");
    }
}
