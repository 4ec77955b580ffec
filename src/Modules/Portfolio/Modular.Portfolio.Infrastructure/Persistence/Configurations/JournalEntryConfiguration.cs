using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Journal;
using Modular.SharedKernel.Infrastructure.Journals;

namespace Modular.Portfolio.Infrastructure.Persistence.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.ToTable("journal");
        entry.HasKey(j => j.Id);
        entry.Property(j => j.Event).HasConversion<string>().HasMaxLength(30);
        entry.Property(j => j.ActorClientId).HasMaxLength(200);
        entry.Property(j => j.Detail).HasMaxLength(JournalEntry.DetailMaxLength);
        entry.HasOne<Establishment>().WithMany().HasForeignKey(j => j.EstablishmentId).OnDelete(DeleteBehavior.Restrict);
        entry.HasIndex(j => new { j.EstablishmentId, j.At });
        entry.IsHashChained();
    }
}
