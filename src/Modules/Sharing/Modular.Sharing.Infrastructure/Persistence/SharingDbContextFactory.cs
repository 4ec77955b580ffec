using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Sharing.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the context to add migrations; not used at run time.</summary>
internal sealed class SharingDbContextFactory : IDesignTimeDbContextFactory<SharingDbContext>
{
    public SharingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SharingDbContext>();
        options.UseModuleSqlite("Data Source=sharing-design.db");
        return new SharingDbContext(options.Options);
    }
}
