using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.ClientPortal.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the PostgreSQL context to add its migrations (no server needed); not used at run time.</summary>
internal sealed class PostgreSqlPortalDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlPortalDbContext>
{
    public PostgreSqlPortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlPortalDbContext>();
        options.UseModulePostgreSql("Host=localhost;Database=modular_design", "clientportal");
        return new PostgreSqlPortalDbContext(options.Options);
    }
}
