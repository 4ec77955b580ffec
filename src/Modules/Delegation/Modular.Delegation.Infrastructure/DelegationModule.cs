using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Modular.Delegation.Application.Ports;
using Modular.Delegation.Infrastructure.Persistence;
using Modular.Delegation.Infrastructure.Signatures;
using Modular.SharedKernel.Infrastructure.Modules;

namespace Modular.Delegation.Infrastructure;

/// <summary>
/// Registers the Delegation module: professionals mandating members of their staff to act in their
/// name in one of the online services the other modules declare (<c>DelegableService</c>). So far
/// its store of mandate requests and the checks of their signatures; its pages and API come next.
/// </summary>
public static class DelegationModule
{
    public const string Name = "Delegation";

    public static IServiceCollection AddDelegationModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddModule(new ModuleDescriptor(Name, [typeof(ISignatureVerifier).Assembly, typeof(DelegationModule).Assembly]).WithDatabase<DelegationDbContext>(configuration));
        services.AddModuleDbContext<DelegationDbContext, SqliteDelegationDbContext, PostgreSqlDelegationDbContext>(configuration, Name);
        services.AddSingleton<ISignatureVerifier, CmsSignatureVerifier>();
        return services;
    }
}
