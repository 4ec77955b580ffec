using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Infrastructure.Persistence;

/// <summary>The Vault module's database (vault.db): folders, documents (metadata; bytes are in the blob store), journal, download links.</summary>
internal sealed class VaultDbContext(DbContextOptions<VaultDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Folder> Folders => Set<Folder>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    public DbSet<DownloadLink> DownloadLinks => Set<DownloadLink>();

    public DbSet<CodeFailure> CodeFailures => Set<CodeFailure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Folder>(folder =>
        {
            folder.ToTable("folders");
            folder.HasKey(f => f.Id);
            folder.Ignore(f => f.DomainEvents);
            folder.Property(f => f.Name).HasMaxLength(Folder.MaxNameLength);
            folder.HasIndex(f => new { f.OrganisationId, f.Name }).IsUnique();
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
    }
}
