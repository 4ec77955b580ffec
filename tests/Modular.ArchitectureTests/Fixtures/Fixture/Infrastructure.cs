using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.Fixture.Application;
using Modular.Fixture.Domain;
using Modular.Host.Fixture.Hosting;
using Modular.Other.Application;

namespace Modular.Fixture.Infrastructure;

/// <summary>Compliant: the module's registration class, the one public type of its Infrastructure.</summary>
public static class FixtureModule
{
    public static IServiceCollection AddFixtureModule(this IServiceCollection services) =>
        services.AddScoped<IThingRepository, ThingRepository>();
}

/// <summary>Compliant: a DbContext named for its role.</summary>
internal sealed class FixtureDbContext(DbContextOptions<FixtureDbContext> options) : DbContext(options);

/// <summary>Rule 5: a DbContext whose name does not say so.</summary>
internal sealed class ThingStore(DbContextOptions<ThingStore> options) : DbContext(options);

/// <summary>Rule 4: neither sealed nor abstract.</summary>
internal class ThingRepository : IThingRepository
{
    public Task<Thing?> FindAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<Thing?>(null);
}

/// <summary>Rule 4: public, and not the registration class.</summary>
public sealed class FixtureOptions
{
    public string? ConnectionString { get; init; }
}

/// <summary>Rules 1 and 2: Infrastructure reaching into the Host and into another module's Application.</summary>
internal sealed class ThingNotifier(OtherDirectory directory, HostClock clock)
{
    public string Describe() => $"{directory.Describe()} at {clock.Now}";
}

/// <summary>Compliant with the side-effect rule: a notice consumer sends the message the event calls for.</summary>
internal sealed class ThingRemindedNotice
{
    public object Message(string to) => new Other.Contracts.SendMessageCommand(to, "reminder");
}
