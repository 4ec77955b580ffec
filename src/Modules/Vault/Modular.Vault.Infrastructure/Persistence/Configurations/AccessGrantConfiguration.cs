using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

internal sealed class AccessGrantConfiguration : IEntityTypeConfiguration<AccessGrant>
{
    public void Configure(EntityTypeBuilder<AccessGrant> grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        grant.ToTable("access_grants");
        grant.HasKey(g => g.Id);
        grant.Property(g => g.Level).HasConversion<string>().HasMaxLength(10);
        grant.Property(g => g.ClientApplicationId).HasMaxLength(AccessGrant.MaxClientApplicationIdLength);
        grant.Property(g => g.LegacyClientId).HasMaxLength(AccessGrant.MaxClientApplicationIdLength);
        grant.Ignore(g => g.IsForClient);
        grant.HasOne<Folder>().WithMany().HasForeignKey(g => g.FolderId).OnDelete(DeleteBehavior.Cascade);
        grant.HasOne<Person>().WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
        grant.HasIndex(g => new { g.FolderId, g.PersonId }).IsUnique().HasFilter("\"PersonId\" IS NOT NULL");
        grant.HasIndex(g => new { g.FolderId, g.ClientApplicationId }).IsUnique().HasFilter("\"ClientApplicationId\" IS NOT NULL");
        grant.HasIndex(g => g.PersonId);
        grant.HasIndex(g => g.ClientApplicationId);
    }
}
