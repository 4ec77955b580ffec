using System.Reflection;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Infrastructure.Outbox;
using Modular.SharedKernel.Infrastructure.Persistence;
using Modular.SharedKernel.Messaging;

namespace Modular.SharedKernel.Infrastructure.Modules;

public static class ServiceCollectionExtensions
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
        typeof(IValidator<>),
        typeof(IDomainEventHandler<>),
    ];

    /// <summary>MediatR 5 has no DI package: the mediator resolves handlers through this factory.</summary>
    public static IServiceCollection AddModularMediator(this IServiceCollection services)
    {
        services.TryAddScoped<ServiceFactory>(provider => provider.GetService);
        services.TryAddScoped<IMediator, Mediator>();
        return services;
    }

    /// <summary>
    /// Registers a module: its descriptor, and every request, notification, validator and
    /// domain-event handler found in the given assemblies (explicitly listed per module).
    /// </summary>
    public static IServiceCollection AddModule(this IServiceCollection services, ModuleDescriptor module)
    {
        ArgumentNullException.ThrowIfNull(module);
        services.AddSingleton(module);
        services.AddModularMediator();
        foreach (var assembly in module.HandlerAssemblies)
        {
            AddHandlers(services, assembly);
        }

        return services;
    }

    /// <summary>
    /// A module's DbContext on its own SQLite file, exposed also as its outbox, with the background
    /// dispatcher that publishes the outbox after commit.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, IConfiguration configuration, string moduleName, Action<DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
    {
        var connectionString = SqliteConventions.ConnectionString(configuration, moduleName);
        services.AddDbContext<TContext>(options =>
        {
            options.UseModuleSqlite(connectionString);
            configure?.Invoke(options);
        });
        services.AddHealthChecks().AddDbContextCheck<TContext>(
            moduleName.ToLowerInvariant(),
            tags: ["ready"],
            customTestQuery: async (context, ct) =>
            {
                // Opening a SQLite file proves nothing; reading its schema proves it is a database.
                await context.Database.ExecuteSqlRawAsync("SELECT count(*) FROM sqlite_master", ct);
                return true;
            });
        services.AddOptions<OutboxOptions>();
        services.AddSingleton<OutboxDispatcher<TContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher<TContext>>());
        return services;
    }

    private static void AddHandlers(IServiceCollection services, Assembly assembly)
    {
        var types = assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false });
        foreach (var type in types)
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddTransient(contract, type);
            }
        }
    }
}
