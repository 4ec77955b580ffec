using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;

namespace Modular.ClientPortal.Infrastructure.Persistence.Configurations;

internal sealed class PortalDocumentConfiguration : IEntityTypeConfiguration<PortalDocument>
{
    public void Configure(EntityTypeBuilder<PortalDocument> document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.ToTable("documents");
        document.HasKey(d => d.Id);
        document.Ignore(d => d.DomainEvents);
        document.Property(d => d.Line).HasConversion<string>().HasMaxLength(10);
        document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        document.Property(d => d.TextStatus).HasConversion<string>().HasMaxLength(20);
        document.Property(d => d.Title).HasMaxLength(PortalDocument.TitleMaxLength);
        document.Property(d => d.FileName).HasMaxLength(200);
        document.Property(d => d.Sha256).HasMaxLength(64);
        document.Property(d => d.PublishedByClient).HasMaxLength(100);
        document.HasOne<ClientCompany>().WithMany().HasForeignKey(d => d.CompanyId).OnDelete(DeleteBehavior.Restrict);
        document.HasIndex(d => new { d.CompanyId, d.PublishedAt });
        document.HasIndex(d => new { d.CompanyId, d.Line, d.DocumentDate });
        document.HasIndex(d => d.ExpiresAt);
        document.HasIndex(d => d.Sha256);
    }
}
