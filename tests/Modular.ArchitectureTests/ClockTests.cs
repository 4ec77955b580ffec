using Modular.ArchitectureTests.Rules;
using Modular.Fixture.Domain;

namespace Modular.ArchitectureTests;

/// <summary>ARCHITECTURE.md rule 6.</summary>
public sealed class ClockTests
{
    [Fact]
    public void Domain_never_reads_the_system_clock() =>
        RuleAssert.Holds(ClockRules.DomainNeverReadsTheSystemClock(ModularSystem.Real), ModularSystem.Real);

    [Fact]
    public void Domain_reading_DateTime_UtcNow_DateTimeOffset_Now_or_TimeProvider_System_is_reported() =>
        RuleAssert.Reports(
            ClockRules.DomainNeverReadsTheSystemClock(ModularSystem.Fixtures),
            ModularSystem.Fixtures,
            violators: [typeof(LeakyThing), typeof(ExpiryPolicy), typeof(DefaultClock)],
            compliant: [typeof(Thing)]);
}
