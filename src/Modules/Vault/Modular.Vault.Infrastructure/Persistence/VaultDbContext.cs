using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Invitations;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Infrastructure.Persistence;

/// <summary>The Vault module's database (vault.db): folders, documents (metadata; bytes are in the blob store), journal, download links.</summary>
internal sealed class VaultDbContext(DbContextOptions<VaultDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Folder> Folders => Set<Folder>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    public DbSet<DownloadLink> DownloadLinks => Set<DownloadLink>();

    public DbSet<CodeFailure> CodeFailures => Set<CodeFailure>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<CollectionRequest> CollectionRequests => Set<CollectionRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Folder>(folder =>
        {
            folder.ToTable("folders");
            folder.HasKey(f => f.Id);
            folder.Ignore(f => f.DomainEvents);
            folder.Property(f => f.Name).HasMaxLength(Folder.MaxNameLength);
            folder.Property(f => f.NameKey).HasMaxLength(Folder.MaxNameKeyLength);
            // One name per vault ignoring case and accents, whoever saves first: two concurrent creations
            // cannot both win. Home pages are named after their person, and two people may share a name.
            folder.HasIndex(f => new { f.OrganisationId, f.NameKey }).IsUnique().HasFilter("\"HomeOfPersonId\" IS NULL");
            folder.HasIndex(f => f.HomeOfPersonId).IsUnique();
        });
        modelBuilder.Entity<Document>(document =>
        {
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
        });
        modelBuilder.Entity<JournalEntry>(journal =>
        {
            journal.ToTable("journal_entries");
            journal.HasKey(j => j.Id);
            journal.Property(j => j.Kind).HasConversion<string>().HasMaxLength(30);
            journal.Property(j => j.Detail).HasMaxLength(JournalEntry.MaxDetailLength);
            journal.HasIndex(j => new { j.FolderId, j.At });
        });
        modelBuilder.Entity<DownloadLink>(link =>
        {
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
            link.Property(l => l.DocumentIds).HasConversion(
                ids => JsonSerializer.Serialize(ids, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<Guid>>(json, (JsonSerializerOptions?)null) ?? new List<Guid>(),
                new ValueComparer<IReadOnlyList<Guid>>((a, b) => a!.SequenceEqual(b!), ids => ids.Aggregate(0, (h, id) => HashCode.Combine(h, id)), ids => ids.ToList()));
            link.Property(l => l.FetchedDocumentIds).HasConversion(
                ids => JsonSerializer.Serialize(ids, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<Guid>>(json, (JsonSerializerOptions?)null) ?? new List<Guid>(),
                new ValueComparer<IReadOnlyList<Guid>>((a, b) => a!.SequenceEqual(b!), ids => ids.Aggregate(0, (h, id) => HashCode.Combine(h, id)), ids => ids.ToList()));
            link.Property(l => l.ArchiveBlobId).HasMaxLength(64);
            link.HasIndex(l => new { l.FolderId, l.CreatedAt });
        });
        modelBuilder.Entity<CodeFailure>(failure =>
        {
            failure.ToTable("code_failures");
            failure.HasKey(f => f.Id);
            failure.Property(f => f.RemoteAddress).HasMaxLength(CodeFailure.MaxAddressLength);
            failure.Property(f => f.Reason).HasMaxLength(40);
            failure.HasIndex(f => new { f.RemoteAddress, f.At });
            failure.HasIndex(f => f.At);
        });
        modelBuilder.Entity<Person>(person =>
        {
            person.ToTable("people");
            person.HasKey(p => p.Id);
            person.Ignore(p => p.DomainEvents);
            person.Ignore(p => p.DisplayName);
            person.Ignore(p => p.HasPostalAddress);
            person.Property(p => p.OrganisationName).HasMaxLength(200);
            person.Property(p => p.LastName).HasMaxLength(Person.MaxNameLength);
            person.Property(p => p.FirstName).HasMaxLength(Person.MaxNameLength);
            person.Property(p => p.Company).HasMaxLength(Person.MaxLineLength);
            person.Property(p => p.Email).HasMaxLength(320);
            person.Property(p => p.Mobile).HasMaxLength(16);
            person.Property(p => p.AddressLine1).HasMaxLength(Person.MaxLineLength);
            person.Property(p => p.AddressLine2).HasMaxLength(Person.MaxLineLength);
            person.Property(p => p.PostalCode).HasMaxLength(20);
            person.Property(p => p.City).HasMaxLength(Person.MaxNameLength);
            person.Property(p => p.Country).HasMaxLength(Person.MaxNameLength);
            person.Property(p => p.SearchText).HasMaxLength(1000);
            person.HasIndex(p => new { p.OrganisationId, p.LastName });
            // An account is one person of a vault's directory at most.
            person.HasIndex(p => new { p.OrganisationId, p.LinkedUserId }).IsUnique().HasFilter("\"LinkedUserId\" IS NOT NULL");
            person.HasIndex(p => p.LinkedUserId);
        });
        modelBuilder.Entity<AccessGrant>(grant =>
        {
            grant.ToTable("access_grants");
            grant.HasKey(g => g.Id);
            grant.Property(g => g.Level).HasConversion<string>().HasMaxLength(10);
            grant.Property(g => g.ClientId).HasMaxLength(AccessGrant.MaxClientIdLength);
            grant.HasOne<Folder>().WithMany().HasForeignKey(g => g.FolderId).OnDelete(DeleteBehavior.Cascade);
            grant.HasOne<Person>().WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
            grant.HasIndex(g => new { g.FolderId, g.PersonId }).IsUnique().HasFilter("\"PersonId\" IS NOT NULL");
            grant.HasIndex(g => new { g.FolderId, g.ClientId }).IsUnique().HasFilter("\"ClientId\" IS NOT NULL");
            grant.HasIndex(g => g.PersonId);
            grant.HasIndex(g => g.ClientId);
        });
        modelBuilder.Entity<Invitation>(invitation =>
        {
            invitation.ToTable("invitations");
            invitation.HasKey(i => i.Id);
            invitation.Ignore(i => i.DomainEvents);
            invitation.Ignore(i => i.AttemptsLeft);
            invitation.Property(i => i.OrganisationName).HasMaxLength(200);
            invitation.Property(i => i.LinkChannel).HasConversion<string>().HasMaxLength(10);
            invitation.Property(i => i.CodeChannel).HasConversion<string>().HasMaxLength(10);
            invitation.Property(i => i.Comment).HasMaxLength(Invitation.MaxCommentLength);
            invitation.Property(i => i.TokenHash).HasMaxLength(32);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.Property(i => i.CodeHash).HasMaxLength(32);
            invitation.Property(i => i.SessionHash).HasMaxLength(32);
            invitation.Property(i => i.ProtectedCode).HasMaxLength(500);
            invitation.Property(i => i.CreatedByEmail).HasMaxLength(320);
            invitation.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
            invitation.HasIndex(i => new { i.PersonId, i.CreatedAt });
        });
        modelBuilder.Entity<CollectionRequest>(collection =>
        {
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
            collection.Property(c => c.Items).HasConversion(
                items => JsonSerializer.Serialize(items, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>(),
                new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), items => items.Aggregate(0, (h, i) => HashCode.Combine(h, i)), items => items.ToList()));
            collection.Property(c => c.Received).HasConversion(
                files => JsonSerializer.Serialize(files, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<CollectedFile>>(json, (JsonSerializerOptions?)null) ?? new List<CollectedFile>(),
                new ValueComparer<IReadOnlyList<CollectedFile>>((a, b) => a!.SequenceEqual(b!), files => files.Aggregate(0, (h, f) => HashCode.Combine(h, f)), files => files.ToList()));
            collection.HasOne<Folder>().WithMany().HasForeignKey(c => c.FolderId).OnDelete(DeleteBehavior.Restrict);
            collection.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
            collection.HasIndex(c => new { c.PersonId, c.CreatedAt });
            collection.HasIndex(c => new { c.FolderId, c.CreatedAt });
            collection.HasIndex(c => c.ClosesAt);
        });
    }
}
