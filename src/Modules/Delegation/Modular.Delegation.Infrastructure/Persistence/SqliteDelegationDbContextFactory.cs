using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Delegation.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the SQLite context to add its migrations; not used at run time.</summary>
internal sealed class SqliteDelegationDbContextFactory : IDesignTimeDbContextFactory<SqliteDelegationDbContext>
{
    public SqliteDelegationDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteDelegationDbContext>();
        options.UseModuleSqlite("Data Source=delegation-design.db");
        return new SqliteDelegationDbContext(options.Options);
    }
}
