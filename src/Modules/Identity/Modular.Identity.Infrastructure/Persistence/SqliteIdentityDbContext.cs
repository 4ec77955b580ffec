using Microsoft.EntityFrameworkCore;

namespace Modular.Identity.Infrastructure.Persistence;

/// <summary>
/// The Identity module's context on its SQLite file: the model of <see cref="IdentityDbContext"/>, with the
/// SQLite migrations (Persistence/Migrations).
/// </summary>
internal sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : IdentityDbContext(options);
