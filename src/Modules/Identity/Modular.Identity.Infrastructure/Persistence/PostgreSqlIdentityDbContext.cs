using Microsoft.EntityFrameworkCore;

namespace Modular.Identity.Infrastructure.Persistence;

/// <summary>
/// The Identity module's context on PostgreSQL (schema <c>identity</c>): the model of
/// <see cref="IdentityDbContext"/>, with the PostgreSQL migrations (Persistence/PostgreSql/Migrations).
/// </summary>
internal sealed class PostgreSqlIdentityDbContext(DbContextOptions<PostgreSqlIdentityDbContext> options) : IdentityDbContext(options);
