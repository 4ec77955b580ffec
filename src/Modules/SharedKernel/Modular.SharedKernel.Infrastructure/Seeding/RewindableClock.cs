namespace Modular.SharedKernel.Infrastructure.Seeding;

/// <summary>
/// The system clock of a development machine, which the demo seed can set back for the code it runs
/// itself (an <see cref="AsyncLocal{T}"/> offset, so requests and background work on other flows
/// keep the real time). The seed makes links that expired, were used or were locked days ago through
/// the real commands this way. Registered in Development only.
/// </summary>
public sealed class RewindableClock(TimeProvider inner) : TimeProvider
{
    private readonly AsyncLocal<TimeSpan> _offset = new();

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + _offset.Value;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    /// <summary>Until disposed, the current flow (and what it starts) reads a time <paramref name="by"/> earlier.</summary>
    public IDisposable Rewind(TimeSpan by)
    {
        var previous = _offset.Value;
        _offset.Value = previous - by;
        return new Restore(this, previous);
    }

    private sealed class Restore(RewindableClock clock, TimeSpan previous) : IDisposable
    {
        public void Dispose() => clock._offset.Value = previous;
    }
}
