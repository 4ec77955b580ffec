using Microsoft.EntityFrameworkCore;
using Modular.Delegation.Domain.Mandates;
using Modular.Delegation.Domain.Requests;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Delegation.Infrastructure.Persistence;

/// <summary>The Delegation module's database (delegation.db, or the <c>delegation</c> schema): the mandate requests with their signatures, and the mandates they gave.</summary>
internal abstract class DelegationDbContext : ModuleDbContext
{
    /// <summary>For <see cref="SqliteDelegationDbContext"/> and <see cref="PostgreSqlDelegationDbContext"/>: one model, one context type per provider.</summary>
    protected DelegationDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<MandateRequest> MandateRequests => Set<MandateRequest>();

    public DbSet<Mandate> Mandates => Set<Mandate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DelegationDbContext).Assembly);
    }
}
