using Microsoft.EntityFrameworkCore;
using Modular.Notifications.Domain.Messages;
using Modular.Notifications.Domain.Templates;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>The Notifications module's database (notifications.db): messages, template overrides, outbox.</summary>
internal abstract class NotificationsDbContext : ModuleDbContext
{
    /// <summary>For <see cref="SqliteNotificationsDbContext"/> and <see cref="PostgreSqlNotificationsDbContext"/>: one model, one context type per provider.</summary>
    protected NotificationsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<TemplateOverride> TemplateOverrides => Set<TemplateOverride>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Message>(message =>
        {
            message.ToTable("messages");
            message.HasKey(m => m.Id);
            message.Ignore(m => m.DomainEvents);
            message.Property(m => m.IdempotencyKey).HasMaxLength(200);
            message.HasIndex(m => m.IdempotencyKey).IsUnique();
            message.Property(m => m.TemplateKey).HasMaxLength(100);
            message.Property(m => m.Culture).HasMaxLength(10);
            message.Property(m => m.Channel).HasConversion<string>().HasMaxLength(10);
            message.Property(m => m.Status).HasConversion<string>().HasMaxLength(10);
            message.Property(m => m.RecipientAddress).HasMaxLength(600);
            message.Property(m => m.RecipientName).HasMaxLength(200);
            message.Property(m => m.SendingModule).HasMaxLength(50);
            message.Property(m => m.AggregateId).HasMaxLength(100);
            message.Property(m => m.LastError).HasMaxLength(Message.MaxErrorLength);
            message.HasIndex(m => new { m.Status, m.NextAttemptAt });
            message.HasIndex(m => m.CreatedAt);
            message.OwnsMany(m => m.Enclosures, enclosure =>
            {
                enclosure.ToTable("message_enclosures");
                enclosure.WithOwner().HasForeignKey("MessageId");
                enclosure.HasKey("MessageId", nameof(Enclosure.Position));
                enclosure.Property(e => e.Position).ValueGeneratedNever();
                enclosure.Property(e => e.FileName).HasMaxLength(Enclosure.FileNameMaxLength);
                enclosure.Property(e => e.ContentType).HasMaxLength(100);
                enclosure.Property(e => e.BlobId).HasMaxLength(64);
            });
            message.Navigation(m => m.Enclosures).HasField("_enclosures");
        });
        modelBuilder.Entity<TemplateOverride>(template =>
        {
            template.ToTable("template_overrides");
            template.HasKey(t => new { t.Key, t.Culture });
            template.Property(t => t.Key).HasMaxLength(100);
            template.Property(t => t.Culture).HasMaxLength(10);
        });
    }
}
