using Microsoft.EntityFrameworkCore;

namespace Modular.Portfolio.Infrastructure.Persistence;

/// <summary>The Portfolio module's context on its SQLite file, with the SQLite migrations (Persistence/Migrations).</summary>
internal sealed class SqlitePortfolioDbContext(DbContextOptions<SqlitePortfolioDbContext> options) : PortfolioDbContext(options);
