using Microsoft.EntityFrameworkCore;
using Modular.Portfolio.Domain.Deposits;
using Modular.Portfolio.Domain.Establishments;
using Modular.Portfolio.Domain.Filings;
using Modular.Portfolio.Domain.Journal;
using Modular.Portfolio.Domain.Profiles;
using Modular.Portfolio.Domain.Seeding;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Portfolio.Infrastructure.Persistence;

/// <summary>
/// The Portfolio module's database (portfolio.db, or the <c>portfolio</c> schema): the firms'
/// establishments and their journal, their deposits (the files are in the module's blob store) and
/// filings, the « demandes d'amorçage », the delegation profiles and the portfolio administrators.
/// </summary>
internal abstract class PortfolioDbContext : ModuleDbContext
{
    /// <summary>For <see cref="SqlitePortfolioDbContext"/> and <see cref="PostgreSqlPortfolioDbContext"/>: one model, one context type per provider.</summary>
    protected PortfolioDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Establishment> Establishments => Set<Establishment>();

    public DbSet<Deposit> Deposits => Set<Deposit>();

    public DbSet<Filing> Filings => Set<Filing>();

    public DbSet<DelegationProfile> Profiles => Set<DelegationProfile>();

    public DbSet<PortfolioAdministrator> Administrators => Set<PortfolioAdministrator>();

    public DbSet<SeedingRequest> SeedingRequests => Set<SeedingRequest>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortfolioDbContext).Assembly);
    }
}
