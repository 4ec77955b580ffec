using Microsoft.EntityFrameworkCore;

namespace Modular.Vault.Infrastructure.Persistence;

/// <summary>
/// The Vault module's context on its SQLite file: the model of <see cref="VaultDbContext"/>, with the
/// SQLite migrations (Persistence/Migrations).
/// </summary>
internal sealed class SqliteVaultDbContext(DbContextOptions<SqliteVaultDbContext> options) : VaultDbContext(options);
