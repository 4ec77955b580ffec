using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Infrastructure.Journals;
using Modular.Sharing.Application.Ports;
using Modular.Sharing.Contracts;
using Modular.Sharing.Infrastructure.Jobs;
using Modular.Sharing.Infrastructure.Persistence;
using Modular.Sharing.Infrastructure.Seeding;

namespace Modular.Sharing.Infrastructure;

/// <summary>
/// Registers the Sharing module: client case files ("Mes dossiers"), single-use share keys and
/// their import, and the job that purges snapshots and restore points.
/// </summary>
public static class SharingModule
{
    public const string Name = "Sharing";

    public static IServiceCollection AddSharingModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddModule(new ModuleDescriptor(Name, [typeof(ISharingRepository).Assembly, typeof(SharingModule).Assembly]).WithDatabase<SharingDbContext>(configuration) with
        {
            SeedDemoContent = SharingDemoSeeder.SeedAsync,
        });
        // A case file is read with its history and restore points: two queries rather than their product.
        services.AddModuleDbContext<SharingDbContext, SqliteSharingDbContext, PostgreSqlSharingDbContext>(configuration, Name, splitQueries: true);
        services.AddSingleton(new ApiScopeDefinition(
            SharingScopes.Sharing,
            "Consulter, modifier et partager vos dossiers clients",
            "Read, edit and share your client case files"));
        services.AddSingleton(SharingServices.CaseFiles);

        services.AddScoped<ISharingRepository, SharingRepository>();
        services.AddJournalChain<SharingHistoryChain>();
        services.AddSingleton<SharingPurgeWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<SharingPurgeWorker>());
        return services;
    }
}
