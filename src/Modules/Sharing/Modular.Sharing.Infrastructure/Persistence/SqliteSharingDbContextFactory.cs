using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Sharing.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the SQLite context to add its migrations; not used at run time.</summary>
internal sealed class SqliteSharingDbContextFactory : IDesignTimeDbContextFactory<SqliteSharingDbContext>
{
    public SqliteSharingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteSharingDbContext>();
        options.UseModuleSqlite("Data Source=sharing-design.db");
        return new SqliteSharingDbContext(options.Options);
    }
}
