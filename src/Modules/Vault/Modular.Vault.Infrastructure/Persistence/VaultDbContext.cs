using Microsoft.EntityFrameworkCore;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Infrastructure.Persistence;

/// <summary>The Vault module's database (vault.db): folders, documents (metadata; bytes are in the blob store), journal.</summary>
internal sealed class VaultDbContext(DbContextOptions<VaultDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Folder> Folders => Set<Folder>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

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
    }
}
