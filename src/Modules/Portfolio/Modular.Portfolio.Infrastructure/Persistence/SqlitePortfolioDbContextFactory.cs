using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Portfolio.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the SQLite context to add its migrations; not used at run time.</summary>
internal sealed class SqlitePortfolioDbContextFactory : IDesignTimeDbContextFactory<SqlitePortfolioDbContext>
{
    public SqlitePortfolioDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlitePortfolioDbContext>();
        options.UseModuleSqlite("Data Source=portfolio-design.db");
        return new SqlitePortfolioDbContext(options.Options);
    }
}
