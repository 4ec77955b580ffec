using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

internal sealed class DownloadLinkConfiguration : IEntityTypeConfiguration<DownloadLink>
{
    public void Configure(EntityTypeBuilder<DownloadLink> link)
    {
        ArgumentNullException.ThrowIfNull(link);
        link.ToTable("download_links");
        link.HasKey(l => l.Id);
        link.Ignore(l => l.DomainEvents);
        link.Ignore(l => l.AttemptsLeft);
        link.Property(l => l.TokenHash).HasMaxLength(32);
        link.HasIndex(l => l.TokenHash).IsUnique();
        link.Property(l => l.CodeHash).HasMaxLength(32);
        link.Property(l => l.SessionHash).HasMaxLength(32);
        link.Property(l => l.RecipientEmail).HasMaxLength(320);
        link.Property(l => l.CreatedByEmail).HasMaxLength(320);
        link.Property(l => l.SenderOrganisationName).HasMaxLength(200);
        link.Property(l => l.DocumentIds).HasConversion(JsonColumns.ListOf<Guid>(), JsonColumns.Comparer<Guid>());
        link.Property(l => l.FetchedDocumentIds).HasConversion(JsonColumns.ListOf<Guid>(), JsonColumns.Comparer<Guid>());
        link.Property(l => l.ArchiveBlobId).HasMaxLength(64);
        link.HasIndex(l => l.ArchiveBlobId);
        link.HasIndex(l => new { l.FolderId, l.CreatedAt });
    }
}
