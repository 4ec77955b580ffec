using Microsoft.EntityFrameworkCore;

namespace Modular.Sharing.Infrastructure.Persistence;

/// <summary>
/// The Sharing module's context on PostgreSQL (schema <c>sharing</c>): the model of
/// <see cref="SharingDbContext"/>, with the PostgreSQL migrations (Persistence/PostgreSql/Migrations).
/// </summary>
internal sealed class PostgreSqlSharingDbContext(DbContextOptions<PostgreSqlSharingDbContext> options) : SharingDbContext(options);
