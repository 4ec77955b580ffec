using Microsoft.EntityFrameworkCore;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>
/// The Notifications module's context on PostgreSQL (schema <c>notifications</c>): the model of
/// <see cref="NotificationsDbContext"/>, with the PostgreSQL migrations (Persistence/PostgreSql/Migrations).
/// </summary>
internal sealed class PostgreSqlNotificationsDbContext(DbContextOptions<PostgreSqlNotificationsDbContext> options) : NotificationsDbContext(options);
