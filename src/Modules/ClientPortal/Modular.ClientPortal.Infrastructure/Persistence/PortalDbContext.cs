using Microsoft.EntityFrameworkCore;
using Modular.ClientPortal.Domain.Companies;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Invitations;
using Modular.ClientPortal.Domain.Messages;
using Modular.ClientPortal.Domain.Requests;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.ClientPortal.Infrastructure.Persistence;

/// <summary>
/// The ClientPortal module's database (clientportal.db, or the <c>clientportal</c> schema): client
/// companies and their users, published documents (metadata and text; the PDFs are in the module's
/// blob store), read receipts, the journal of purged documents, and the full-text index (an FTS5
/// table on SQLite, a <c>tsvector</c> table on PostgreSQL, both created by the migrations).
/// </summary>
internal abstract class PortalDbContext : ModuleDbContext
{
    /// <summary>For <see cref="SqlitePortalDbContext"/> and <see cref="PostgreSqlPortalDbContext"/>: one model, one context type per provider.</summary>
    protected PortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ClientCompany> Companies => Set<ClientCompany>();

    public DbSet<ClientUser> Members => Set<ClientUser>();

    public DbSet<PortalDocument> Documents => Set<PortalDocument>();

    public DbSet<ReadReceipt> ReadReceipts => Set<ReadReceipt>();

    public DbSet<PurgedDocument> PurgedDocuments => Set<PurgedDocument>();

    public DbSet<AccessRequest> AccessRequests => Set<AccessRequest>();

    public DbSet<ClientInvitation> Invitations => Set<ClientInvitation>();

    public DbSet<PortalMessage> Messages => Set<PortalMessage>();

    public DbSet<AuthorisedClient> AuthorisedClients => Set<AuthorisedClient>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}
