using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Portfolio.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the PostgreSQL context to add its migrations (no server needed); not used at run time.</summary>
internal sealed class PostgreSqlPortfolioDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlPortfolioDbContext>
{
    public PostgreSqlPortfolioDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlPortfolioDbContext>();
        options.UseModulePostgreSql("Host=localhost;Database=modular_design", "portfolio");
        return new PostgreSqlPortfolioDbContext(options.Options);
    }
}
