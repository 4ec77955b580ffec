using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Infrastructure.Persistence.Configurations;

internal sealed class CollectionRequestConfiguration : IEntityTypeConfiguration<CollectionRequest>
{
    public void Configure(EntityTypeBuilder<CollectionRequest> collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        collection.ToTable("collection_requests");
        collection.HasKey(c => c.Id);
        collection.Ignore(c => c.DomainEvents);
        collection.Property(c => c.OrganisationName).HasMaxLength(200);
        collection.Property(c => c.Language).HasMaxLength(2);
        collection.Property(c => c.PersonName).HasMaxLength(Person.MaxNameLength * 2 + 1);
        collection.Property(c => c.RecipientEmail).HasMaxLength(320);
        collection.Property(c => c.CreatedByEmail).HasMaxLength(320);
        collection.Property(c => c.Message).HasMaxLength(CollectionRequest.MaxMessageLength);
        collection.Property(c => c.TokenHash).HasMaxLength(32);
        collection.HasIndex(c => c.TokenHash).IsUnique();
        collection.Property(c => c.Items).HasConversion(JsonColumns.ListOf<string>(), JsonColumns.Comparer<string>());
        collection.Property(c => c.Received).HasConversion(JsonColumns.ListOf<CollectedFile>(), JsonColumns.Comparer<CollectedFile>());
        collection.HasOne<Folder>().WithMany().HasForeignKey(c => c.FolderId).OnDelete(DeleteBehavior.Restrict);
        collection.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        collection.HasIndex(c => new { c.PersonId, c.CreatedAt });
        collection.HasIndex(c => new { c.FolderId, c.CreatedAt });
        collection.HasIndex(c => c.ClosesAt);
    }
}
