using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

internal sealed class FolderConfiguration : IEntityTypeConfiguration<Folder>
{
    public void Configure(EntityTypeBuilder<Folder> folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder.ToTable("folders");
        folder.HasKey(f => f.Id);
        folder.Ignore(f => f.DomainEvents);
        folder.Property(f => f.Name).HasMaxLength(Folder.MaxNameLength);
        folder.Property(f => f.NameKey).HasMaxLength(Folder.MaxNameKeyLength);
        // One name per vault ignoring case and accents, whoever saves first: two concurrent creations
        // cannot both win. Home pages are named after their person, and two people may share a name.
        folder.HasIndex(f => new { f.OrganisationId, f.NameKey }).IsUnique().HasFilter("\"HomeOfPersonId\" IS NULL");
        folder.HasIndex(f => f.HomeOfPersonId).IsUnique();
    }
}
