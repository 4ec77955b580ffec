using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the SQLite context to add its migrations; not used at run time.</summary>
internal sealed class SqliteVaultDbContextFactory : IDesignTimeDbContextFactory<SqliteVaultDbContext>
{
    public SqliteVaultDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteVaultDbContext>();
        options.UseModuleSqlite("Data Source=vault-design.db");
        return new SqliteVaultDbContext(options.Options);
    }
}
