using Modular.Fixture.Infrastructure;

namespace Modular.SharedKernel.Infrastructure.Fixture;

/// <summary>Compliant: shared infrastructure that knows no module.</summary>
internal sealed class KernelClock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();
}

/// <summary>SharedKernel.Infrastructure must know no module: this one uses Fixture's DbContext.</summary>
internal sealed class KernelThingCounter(FixtureDbContext context)
{
    public int Count => context.ChangeTracker.Entries().Count();
}
