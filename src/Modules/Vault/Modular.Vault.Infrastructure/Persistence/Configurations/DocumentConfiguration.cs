using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.ToTable("documents");
        document.HasKey(d => d.Id);
        document.Ignore(d => d.DomainEvents);
        document.Property(d => d.Name).HasMaxLength(DocumentFileName.MaxLength);
        document.Property(d => d.ContentType).HasMaxLength(120);
        document.Property(d => d.Sha256).HasMaxLength(64);
        document.HasOne<Folder>().WithMany().HasForeignKey(d => d.FolderId).OnDelete(DeleteBehavior.Restrict);
        document.HasIndex(d => new { d.FolderId, d.UploadedAt });
        document.HasIndex(d => new { d.OrganisationId, d.Id });
        document.HasIndex(d => d.Sha256);
    }
}
