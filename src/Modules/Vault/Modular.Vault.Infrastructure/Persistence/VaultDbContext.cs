using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
internal abstract class VaultDbContext : ModuleDbContext
{
    /// <summary>For <see cref="SqliteVaultDbContext"/> and <see cref="PostgreSqlVaultDbContext"/>: one model, one context type per provider.</summary>
    protected VaultDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Folder> Folders => Set<Folder>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    public DbSet<DownloadLink> DownloadLinks => Set<DownloadLink>();

    public DbSet<CodeFailure> CodeFailures => Set<CodeFailure>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<CollectionRequest> CollectionRequests => Set<CollectionRequest>();

    public DbSet<BlobPurge> BlobPurges => Set<BlobPurge>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        base.OnConfiguring(optionsBuilder);

        // Deleted folders are hidden by a query filter while documents, grants and requests point at
        // folders: a deleted folder takes its documents and grants with it, and what keeps pointing at
        // it (cancelled requests, revoked links, the journal) is read by folder id, never through it.
        optionsBuilder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VaultDbContext).Assembly);
    }
}
