using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Identity.Infrastructure.Persistence;

/// <summary>Lets the EF Core tools build the context to add migrations; not used at run time.</summary>
internal sealed class IdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IdentityDbContext>();
        options.UseModuleSqlite("Data Source=identity-design.db");
        options.UseOpenIddict();
        return new IdentityDbContext(options.Options);
    }
}
