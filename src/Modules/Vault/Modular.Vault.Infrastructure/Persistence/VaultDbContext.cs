using Microsoft.EntityFrameworkCore;
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
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VaultDbContext).Assembly);
    }
}
