using Microsoft.EntityFrameworkCore;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>
/// The Notifications module's context on its SQLite file: the model of <see cref="NotificationsDbContext"/>, with the
/// SQLite migrations (Persistence/Migrations).
/// </summary>
internal sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);
