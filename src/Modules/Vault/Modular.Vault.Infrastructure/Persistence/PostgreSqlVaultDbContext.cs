using Microsoft.EntityFrameworkCore;

namespace Modular.Vault.Infrastructure.Persistence;

/// <summary>
/// The Vault module's context on PostgreSQL (schema <c>vault</c>): the model of
/// <see cref="VaultDbContext"/>, with the PostgreSQL migrations (Persistence/PostgreSql/Migrations).
/// </summary>
internal sealed class PostgreSqlVaultDbContext(DbContextOptions<PostgreSqlVaultDbContext> options) : VaultDbContext(options);
