using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Identity.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the PostgreSQL context to add its migrations (no server needed); not used at run time.</summary>
internal sealed class PostgreSqlIdentityDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlIdentityDbContext>
{
    public PostgreSqlIdentityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlIdentityDbContext>();
        options.UseModulePostgreSql("Host=localhost;Database=modular_design", "identity");
        options.UseOpenIddict();
        return new PostgreSqlIdentityDbContext(options.Options);
    }
}
