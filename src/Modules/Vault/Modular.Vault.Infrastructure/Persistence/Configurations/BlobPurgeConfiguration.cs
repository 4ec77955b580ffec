using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Vault.Domain.Documents;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

internal sealed class BlobPurgeConfiguration : IEntityTypeConfiguration<BlobPurge>
{
    public void Configure(EntityTypeBuilder<BlobPurge> purge)
    {
        ArgumentNullException.ThrowIfNull(purge);
        purge.ToTable("blob_purges");
        purge.HasKey(p => p.Id);
        purge.Property(p => p.BlobId).HasMaxLength(64);
        purge.HasIndex(p => p.BlobId);
    }
}
