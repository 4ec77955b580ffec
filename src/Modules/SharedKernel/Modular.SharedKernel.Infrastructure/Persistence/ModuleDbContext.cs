using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Infrastructure.Outbox;
using Modular.SharedKernel.Messaging;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// Base of a module's DbContext: its own outbox and inbox tables, and integration events written
/// to the outbox in the same SaveChanges as the change that raised them. A module whose context
/// must derive from another base (Identity) applies <see cref="OutboxModel"/> itself.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IIntegrationEventOutbox
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public void Enqueue(IIntegrationEvent integrationEvent) => OutboxModel.Enqueue(this, integrationEvent);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        ModuleModel.ConfigureConventions(this, configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ModuleModel.Configure(this, modelBuilder);
        OutboxModel.Configure(modelBuilder);
    }
}
