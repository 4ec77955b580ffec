using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the PostgreSQL context to add its migrations (no server needed); not used at run time.</summary>
internal sealed class PostgreSqlNotificationsDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlNotificationsDbContext>
{
    public PostgreSqlNotificationsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlNotificationsDbContext>();
        options.UseModulePostgreSql("Host=localhost;Database=modular_design", "notifications");
        return new PostgreSqlNotificationsDbContext(options.Options);
    }
}
