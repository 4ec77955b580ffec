using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Security;

namespace Modular.SharedKernel.Infrastructure.Seeding;

public static class SeedScopes
{
    /// <summary>A new scope whose requests act for <paramref name="actor"/> (outside any HTTP request).</summary>
    public static AsyncServiceScope CreateActingScope(this IServiceProvider services, ICurrentUser actor)
    {
        var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeActor>().ActAs(actor);
        return scope;
    }

    /// <summary>The development clock the seed sets back; refuses to seed the past on any other clock.</summary>
    public static RewindableClock RewindableClock(this IServiceProvider services) =>
        services.GetRequiredService<TimeProvider>() as RewindableClock
        ?? throw new InvalidOperationException("The demo seed needs the rewindable development clock; another TimeProvider is registered.");
}
