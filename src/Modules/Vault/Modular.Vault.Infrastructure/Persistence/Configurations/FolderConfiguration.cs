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
        // cannot both win. Home pages are named after their person, and two people may share a name;
        // a deleted folder's name is free again.
        folder.HasIndex(f => new { f.OrganisationId, f.NameKey }).IsUnique().HasFilter("\"HomeOfPersonId\" IS NULL AND \"DeletedAt\" IS NULL");

        // A deleted folder is kept (its name and journal tell what it was) but no read finds it,
        // except a specification that asks for deleted folders by name (IgnoreQueryFilters).
        folder.HasQueryFilter(f => f.DeletedAt == null);
        folder.HasIndex(f => new { f.OrganisationId, f.DeletedAt });
        folder.HasIndex(f => f.HomeOfPersonId).IsUnique();
    }
}
