using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Sharing.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the PostgreSQL context to add its migrations (no server needed); not used at run time.</summary>
internal sealed class PostgreSqlSharingDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlSharingDbContext>
{
    public PostgreSqlSharingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlSharingDbContext>();
        options.UseModulePostgreSql("Host=localhost;Database=modular_design", "sharing");
        return new PostgreSqlSharingDbContext(options.Options);
    }
}
