using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Notifications.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the context to add migrations; not used at run time.</summary>
internal sealed class NotificationsDbContextFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NotificationsDbContext>();
        options.UseModuleSqlite("Data Source=notifications-design.db");
        return new NotificationsDbContext(options.Options);
    }
}
