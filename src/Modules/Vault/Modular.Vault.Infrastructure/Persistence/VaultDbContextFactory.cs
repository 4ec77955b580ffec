using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the context to add migrations; not used at run time.</summary>
internal sealed class VaultDbContextFactory : IDesignTimeDbContextFactory<VaultDbContext>
{
    public VaultDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<VaultDbContext>();
        options.UseModuleSqlite("Data Source=vault-design.db");
        return new VaultDbContext(options.Options);
    }
}
