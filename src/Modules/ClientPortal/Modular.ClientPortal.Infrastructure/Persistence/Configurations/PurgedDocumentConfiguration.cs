using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.ClientPortal.Domain.Documents;

namespace Modular.ClientPortal.Infrastructure.Persistence.Configurations;

internal sealed class PurgedDocumentConfiguration : IEntityTypeConfiguration<PurgedDocument>
{
    public void Configure(EntityTypeBuilder<PurgedDocument> purged)
    {
        ArgumentNullException.ThrowIfNull(purged);
        purged.ToTable("purged_documents");
        purged.HasKey(p => p.Id);
        purged.Property(p => p.Id).ValueGeneratedNever();
        purged.Property(p => p.Line).HasConversion<string>().HasMaxLength(10);
        purged.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        purged.Property(p => p.Title).HasMaxLength(200);
        purged.Property(p => p.Sha256).HasMaxLength(64);
        purged.HasIndex(p => new { p.CompanyId, p.PurgedAt });
    }
}
