using Microsoft.EntityFrameworkCore;

namespace Modular.Portfolio.Infrastructure.Persistence;

/// <summary>The Portfolio module's context in its PostgreSQL schema, with the PostgreSQL migrations (Persistence/PostgreSql/Migrations).</summary>
internal sealed class PostgreSqlPortfolioDbContext(DbContextOptions<PostgreSqlPortfolioDbContext> options) : PortfolioDbContext(options);
