using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Infrastructure.Outbox;
using Modular.SharedKernel.Messaging;

namespace Modular.SharedKernel.Infrastructure.Messaging;

/// <summary>
/// Base for consumers of another module's integration events: the event is handled once per
/// consumer, however often it is delivered. The consumer's changes and the record that it handled
/// the event are saved together.
/// </summary>
public abstract class IdempotentIntegrationEventHandler<TEvent, TContext>(TContext context, TimeProvider time) : INotificationHandler<TEvent>
    where TEvent : IIntegrationEvent
    where TContext : DbContext
{
    protected TContext Context { get; } = context;

    private string Consumer => GetType().FullName!;

    public async Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var consumer = Consumer;
        if (await Context.Set<InboxMessage>().AnyAsync(m => m.EventId == notification.EventId && m.Consumer == consumer, cancellationToken))
        {
            return;
        }

        await HandleOnceAsync(notification, cancellationToken);
        Context.Set<InboxMessage>().Add(new InboxMessage { EventId = notification.EventId, Consumer = consumer, HandledAt = time.GetUtcNow() });
        await Context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Applies the event to this module's state; do not call SaveChanges here.</summary>
    protected abstract Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
