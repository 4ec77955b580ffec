using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.SharedKernel.Infrastructure.Security.KeyRing;

public static class KeyRingRegistration
{
    /// <summary>
    /// Keeps the key ring where every Host reads it: the PostgreSQL database when the deployment
    /// runs on one (migrated with the modules), else files in <paramref name="keysDirectory"/>.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysForDeployment(this IDataProtectionBuilder dataProtection, IServiceCollection services, IConfiguration configuration, string keysDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataProtection);
        if (ModuleDatabase.ProviderOf(configuration) != DatabaseProvider.PostgreSql)
        {
            return dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysDirectory));
        }

        var database = ModuleDatabase.For(configuration, KeyRingDbContext.Name);
        services.AddDbContext<KeyRingDbContext>(options => options.UseModulePostgreSql(database.ConnectionString, database.Schema));
        services.AddSingleton(new ModuleDescriptor(KeyRingDbContext.Name, []).WithDatabase<KeyRingDbContext>(configuration));
        return dataProtection.PersistKeysToDbContext<KeyRingDbContext>();
    }
}
