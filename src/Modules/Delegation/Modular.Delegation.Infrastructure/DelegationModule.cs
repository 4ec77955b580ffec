using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Application.Services;
using Modular.Delegation.Contracts;
using Modular.Delegation.Infrastructure.Forms;
using Modular.Delegation.Infrastructure.Persistence;
using Modular.Delegation.Infrastructure.Seeding;
using Modular.Delegation.Infrastructure.Signatures;
using Modular.Delegation.Infrastructure.Storage;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Security;

namespace Modular.Delegation.Infrastructure;

/// <summary>
/// Registers the Delegation module: professionals mandating members of their staff to act in their
/// name in one of the online services the other modules declare (<c>DelegableService</c>): the
/// questionnaire, the two signed parts of a request, the back office's queue, the mandates.
/// </summary>
public static class DelegationModule
{
    public const string Name = "Delegation";

    public static IServiceCollection AddDelegationModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddModule(new ModuleDescriptor(Name, [typeof(ISignatureVerifier).Assembly, typeof(DelegationModule).Assembly]).WithDatabase<DelegationDbContext>(configuration) with
        {
            SeedDemoContent = DelegationDemoSeeder.SeedAsync,
        });
        services.AddModuleDbContext<DelegationDbContext, SqliteDelegationDbContext, PostgreSqlDelegationDbContext>(configuration, Name);
        services.AddSingleton<ISignatureVerifier, CmsSignatureVerifier>();
        services.AddSingleton(new ApiScopeDefinition(DelegationScopes.Delegation, "Consulter ses mandats, en demander et les révoquer", "Read one's mandates, request and revoke them"));
        services.AddOptions<DelegationOptions>().Bind(configuration.GetSection(DelegationOptions.SectionName));
        services.AddSingleton<IDelegationSettings>(provider => provider.GetRequiredService<IOptions<DelegationOptions>>().Value);
        var data = configuration.GetSection(ModularDataOptions.SectionName).Get<ModularDataOptions>() ?? new ModularDataOptions();
        var blobDirectory = configuration[$"{DelegationOptions.SectionName}:BlobDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(data.FullBlobDirectory, "delegation");
        services.AddSingleton<IDelegationBlobs>(_ => new DelegationBlobStore(blobDirectory));
        services.AddScoped<IDelegationRepository, DelegationRepository>();
        services.AddSingleton<DelegableServices>();
        services.AddSingleton<DelegationCalendar>();
        services.AddScoped<MandateEmailChecks>();
        services.AddScoped<PendingMandates>();
        services.AddScoped<SignatureStore>();
        services.AddScoped<FormDocuments>();
        services.AddScoped<MandataryInvitations>();
        services.AddSingleton<IMandateForms, PdfMandateForms>();
        return services;
    }
}
