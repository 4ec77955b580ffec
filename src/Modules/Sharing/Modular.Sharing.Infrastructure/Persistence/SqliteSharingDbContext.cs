using Microsoft.EntityFrameworkCore;

namespace Modular.Sharing.Infrastructure.Persistence;

/// <summary>
/// The Sharing module's context on its SQLite file: the model of <see cref="SharingDbContext"/>, with the
/// SQLite migrations (Persistence/Migrations).
/// </summary>
internal sealed class SqliteSharingDbContext(DbContextOptions<SqliteSharingDbContext> options) : SharingDbContext(options);
