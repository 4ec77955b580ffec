using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the SQLite context to add its migrations; not used at run time.</summary>
internal sealed class SqliteNotificationsDbContextFactory : IDesignTimeDbContextFactory<SqliteNotificationsDbContext>
{
    public SqliteNotificationsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteNotificationsDbContext>();
        options.UseModuleSqlite("Data Source=notifications-design.db");
        return new SqliteNotificationsDbContext(options.Options);
    }
}
