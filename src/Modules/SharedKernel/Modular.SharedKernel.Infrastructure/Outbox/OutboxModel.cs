using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Messaging;

namespace Modular.SharedKernel.Infrastructure.Outbox;

/// <summary>The outbox and inbox tables, as every module's DbContext maps them.</summary>
public static class OutboxModel
{
    internal static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(400);
            outbox.HasIndex(m => m.ProcessedAt);
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
        });
    }

    /// <summary>Adds the event to the context's outbox; it is saved with the context's next SaveChanges.</summary>
    public static void Enqueue(DbContext context, IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        context.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, EventJson),
            OccurredAt = integrationEvent.OccurredAt,
        });
    }
}
