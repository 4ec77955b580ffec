using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Vault.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the PostgreSQL context to add its migrations (no server needed); not used at run time.</summary>
internal sealed class PostgreSqlVaultDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlVaultDbContext>
{
    public PostgreSqlVaultDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlVaultDbContext>();
        options.UseModulePostgreSql("Host=localhost;Database=modular_design", "vault");
        return new PostgreSqlVaultDbContext(options.Options);
    }
}
