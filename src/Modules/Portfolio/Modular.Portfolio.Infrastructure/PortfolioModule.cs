using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.Portfolio.Application.Access;
using Modular.Portfolio.Application.Ports;
using Modular.Portfolio.Application.Profiles;
using Modular.Portfolio.Application.Seeding;
using Modular.Portfolio.Contracts;
using Modular.Portfolio.Infrastructure.Jobs;
using Modular.Portfolio.Infrastructure.Persistence;
using Modular.Portfolio.Infrastructure.Seeding;
using Modular.Portfolio.Infrastructure.Storage;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Text;
using Modular.SharedKernel.Infrastructure.Journals;

namespace Modular.Portfolio.Infrastructure;

/// <summary>
/// Registers the Portfolio module: a third-party declarer's portfolio of client establishments,
/// fed by the DSN files it deposits, handed in parts to its collaborators.
/// </summary>
public static class PortfolioModule
{
    public const string Name = "Portfolio";

    /// <summary>The largest DSN the Host must let through to the module (the module enforces the real limit).</summary>
    public static long MaxFileBytes(IConfiguration configuration) =>
        configuration.GetSection(PortfolioOptions.SectionName).Get<PortfolioOptions>()?.MaxFileBytes ?? new PortfolioOptions().MaxFileBytes;

    public static IServiceCollection AddPortfolioModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddModule(new ModuleDescriptor(Name, [typeof(IPortfolioRepository).Assembly, typeof(PortfolioModule).Assembly]).WithDatabase<PortfolioDbContext>(configuration) with
        {
            SeedDemoContent = PortfolioDemoSeeder.SeedAsync,
        });
        services.AddModuleDbContext<PortfolioDbContext, SqlitePortfolioDbContext, PostgreSqlPortfolioDbContext>(configuration, Name);
        services.AddSingleton(new ApiScopeDefinition(PortfolioScopes.Read, "Consulter le portefeuille d'établissements, les dépôts et l'échéancier", "Read the portfolio of establishments, the deposits and the filing schedule"));
        services.AddSingleton(PortfolioServices.Portfolio);
        services.AddSingleton(new ApiScopeDefinition(PortfolioScopes.Write, "Déposer des DSN et gérer les établissements du portefeuille", "Deposit DSN files and manage the portfolio's establishments"));
        services.AddOptions<PortfolioOptions>().Bind(configuration.GetSection(PortfolioOptions.SectionName))
            .Validate(o => o.MaxFileBytes > 0, "Modular:Portfolio:MaxFileBytes must be positive.");
        services.AddSingleton<IPortfolioSettings>(provider =>
            new PortfolioSettings(provider.GetRequiredService<IOptions<PortfolioOptions>>().Value, provider.GetRequiredService<DisplayTime>().Zone));
        var data = configuration.GetSection(ModularDataOptions.SectionName).Get<ModularDataOptions>() ?? new ModularDataOptions();
        var blobDirectory = configuration[$"{PortfolioOptions.SectionName}:BlobDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(data.FullBlobDirectory, "portfolio");
        services.AddSingleton<IPortfolioBlobs>(_ => new PortfolioBlobStore(blobDirectory));
        services.AddScoped<IPortfolioRepository, PortfolioRepository>();
        services.AddJournalChain<PortfolioJournalChain>();
        services.AddScoped<PortfolioAccess>();
        services.AddScoped<FirmMembers>();
        services.AddScoped<ProfileChoice>();
        services.AddScoped<ProfileLookup>();
        services.AddScoped<SeedingReminders>();
        services.AddSingleton<SeedingReminderWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<SeedingReminderWorker>());
        return services;
    }
}
