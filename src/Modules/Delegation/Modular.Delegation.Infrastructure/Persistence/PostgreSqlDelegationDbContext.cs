using Microsoft.EntityFrameworkCore;

namespace Modular.Delegation.Infrastructure.Persistence;

/// <summary>The Delegation module's context in its PostgreSQL schema, with the PostgreSQL migrations (Persistence/PostgreSql/Migrations).</summary>
internal sealed class PostgreSqlDelegationDbContext(DbContextOptions<PostgreSqlDelegationDbContext> options) : DelegationDbContext(options);
