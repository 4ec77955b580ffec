using Microsoft.EntityFrameworkCore;

namespace Modular.Delegation.Infrastructure.Persistence;

/// <summary>The Delegation module's context on its SQLite file, with the SQLite migrations (Persistence/Migrations).</summary>
internal sealed class SqliteDelegationDbContext(DbContextOptions<SqliteDelegationDbContext> options) : DelegationDbContext(options);
