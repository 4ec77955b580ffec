using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Vault.Domain.Folders;
using Modular.SharedKernel.Infrastructure.Journals;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        journal.ToTable("journal_entries");
        journal.HasKey(j => j.Id);
        journal.Property(j => j.Kind).HasConversion<string>().HasMaxLength(30);
        journal.Property(j => j.Detail).HasMaxLength(JournalEntry.MaxDetailLength);
        journal.HasIndex(j => new { j.FolderId, j.At });
        journal.IsHashChained();
    }
}
