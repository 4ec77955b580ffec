using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Domain;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// Dispatches the domain events raised by tracked aggregates to their handlers just before the
/// changes are saved, so that what the handlers change is saved in the same transaction.
/// </summary>
internal sealed class DomainEventsInterceptor : SaveChangesInterceptor
{
    public static readonly DomainEventsInterceptor Instance = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await DispatchAsync(context, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<IHasDomainEvents>().Any(e => e.Entity.DomainEvents.Count > 0))
        {
            throw new InvalidOperationException("Aggregates with domain events are saved with SaveChangesAsync.");
        }

        return result;
    }

    private static async Task DispatchAsync(DbContext context, CancellationToken cancellationToken)
    {
        var services = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;

        // A handler may raise further events; drain until none are left.
        for (var round = 0; round < 10; round++)
        {
            var sources = context.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
            if (sources.Count == 0)
            {
                return;
            }

            var events = sources.SelectMany(s => s.DomainEvents).ToList();
            sources.ForEach(s => s.ClearDomainEvents());
            if (services is null)
            {
                continue;
            }

            foreach (var domainEvent in events)
            {
                var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(domainEvent.GetType());
                var handle = handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!;
                foreach (var handler in services.GetServices(handlerType))
                {
                    await ((Task)handle.Invoke(handler, [domainEvent, cancellationToken])!).ConfigureAwait(false);
                }
            }
        }

        throw new InvalidOperationException("Domain event handlers kept raising events after 10 rounds.");
    }
}
