using Microsoft.Extensions.DependencyInjection;
using Modular.Fixture.Application;
using Modular.Fixture.Infrastructure;
using Modular.Other.Infrastructure;

namespace Modular.Host.Fixture.Hosting;

/// <summary>Compliant: the composition root adds each module through its registration class.</summary>
internal static class FixtureComposition
{
    public static IServiceCollection AddModules(this IServiceCollection services) => services.AddFixtureModule().AddOtherModule();
}

/// <summary>Rule 3: the Host reaching into a module's Application and Infrastructure.</summary>
internal sealed class ThingShortcut(IThingRepository repository, ThingStore store)
{
    public bool IsReady => repository is not null && store.Database is not null;
}

/// <summary>Host code a misbehaving Infrastructure type depends on.</summary>
internal sealed class HostClock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();
}
