using Microsoft.EntityFrameworkCore;

namespace Modular.ClientPortal.Infrastructure.Persistence;

/// <summary>The ClientPortal module's context on its SQLite file, with the SQLite migrations (Persistence/Migrations).</summary>
internal sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);
