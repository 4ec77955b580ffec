using Microsoft.EntityFrameworkCore;

namespace Modular.ClientPortal.Infrastructure.Persistence;

/// <summary>The ClientPortal module's context in its PostgreSQL schema, with the PostgreSQL migrations (Persistence/PostgreSql/Migrations).</summary>
internal sealed class PostgreSqlPortalDbContext(DbContextOptions<PostgreSqlPortalDbContext> options) : PortalDbContext(options);
