using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.ClientPortal.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the SQLite context to add its migrations; not used at run time.</summary>
internal sealed class SqlitePortalDbContextFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>();
        options.UseModuleSqlite("Data Source=clientportal-design.db");
        return new SqlitePortalDbContext(options.Options);
    }
}
