using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.UnitTests.Fakes;

namespace Modular.UnitTests.SharedKernel;

public sealed class RewindableClockTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_rewind_moves_the_time_of_its_own_flow_only_and_ends_when_disposed()
    {
        var clock = new RewindableClock(new StoppedClock(Now));
        var elsewhere = new TaskCompletionSource<DateTimeOffset>();
        var release = new TaskCompletionSource();
        var other = Task.Run(async () =>
        {
            await release.Task;
            elsewhere.SetResult(clock.GetUtcNow());
        }, TestContext.Current.CancellationToken);

        using (clock.Rewind(TimeSpan.FromDays(20)))
        {
            Assert.Equal(Now.AddDays(-20), clock.GetUtcNow());
            Assert.Equal(Now.AddDays(-20), await Task.Run(clock.GetUtcNow, TestContext.Current.CancellationToken));
            release.SetResult();
            Assert.Equal(Now, await elsewhere.Task);
        }

        await other;
        Assert.Equal(Now, clock.GetUtcNow());
    }
}
