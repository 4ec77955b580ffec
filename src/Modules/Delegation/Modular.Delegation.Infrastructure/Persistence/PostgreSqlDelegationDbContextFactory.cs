using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Delegation.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the PostgreSQL context to add its migrations (no server needed); not used at run time.</summary>
internal sealed class PostgreSqlDelegationDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlDelegationDbContext>
{
    public PostgreSqlDelegationDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlDelegationDbContext>();
        options.UseModulePostgreSql("Host=localhost;Database=modular_design", "delegation");
        return new PostgreSqlDelegationDbContext(options.Options);
    }
}
