using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Infrastructure.Outbox;
using Modular.SharedKernel.Messaging;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// Base of every module's DbContext: its own outbox and inbox tables, domain events dispatched
/// before the changes are saved (same transaction), integration events written to the outbox in
/// the same SaveChanges as the change that raised them.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IIntegrationEventOutbox
{
    internal static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public void Enqueue(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, EventJson),
            OccurredAt = integrationEvent.OccurredAt,
        });
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DispatchDomainEventsAsync(cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Modules save asynchronously: use SaveChangesAsync.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(400);
            outbox.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });
    }

    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        var services = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;

        // A handler may raise further events; drain until none are left.
        for (var round = 0; round < 10; round++)
        {
            var sources = ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
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
                foreach (var handler in services.GetServices(handlerType))
                {
                    await ((Task)handlerType.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!
                        .Invoke(handler, [domainEvent, cancellationToken])!).ConfigureAwait(false);
                }
            }
        }

        throw new InvalidOperationException("Domain event handlers kept raising events after 10 rounds.");
    }
}
