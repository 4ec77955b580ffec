using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Identity.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the SQLite context to add its migrations; not used at run time.</summary>
internal sealed class SqliteIdentityDbContextFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteIdentityDbContext>();
        options.UseModuleSqlite("Data Source=identity-design.db");
        options.UseOpenIddict();
        return new SqliteIdentityDbContext(options.Options);
    }
}
