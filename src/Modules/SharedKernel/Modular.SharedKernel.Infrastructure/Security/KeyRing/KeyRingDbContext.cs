using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.SharedKernel.Infrastructure.Security.KeyRing;

/// <summary>
/// The data-protection key ring in the shared PostgreSQL database (schema <c>dataprotection</c>),
/// so that every Host protects and reads cookies, antiforgery tokens and outbox secrets with the
/// same keys. With SQLite (one Host) the keys stay files in the data directory.
/// </summary>
public sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string Name = "DataProtection";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ModuleModel.Configure(this, modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("keys");
    }
}

/// <summary>Lets the EF Core tools build the key ring's context to add its migrations (no server needed); not used at run time.</summary>
internal sealed class KeyRingDbContextFactory : IDesignTimeDbContextFactory<KeyRingDbContext>
{
    public KeyRingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<KeyRingDbContext>();
        options.UseModulePostgreSql("Host=localhost;Database=modular_design", KeyRingDbContext.Name.ToLowerInvariant());
        return new KeyRingDbContext(options.Options);
    }
}
