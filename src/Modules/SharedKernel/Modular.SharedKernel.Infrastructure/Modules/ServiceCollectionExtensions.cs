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
    /// A module's DbContext on the deployment's provider (<see cref="ModuleDatabase"/>): its own SQLite
    /// file as <typeparamref name="TSqliteContext"/>, or its own PostgreSQL schema as
    /// <typeparamref name="TPostgreSqlContext"/>, both served as <typeparamref name="TContext"/> (one
    /// model, one context type per provider, so that each finds its own migrations).
    /// Exposed also as its outbox, with the background dispatcher that publishes the outbox after commit.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqliteContext, TPostgreSqlContext>(
        this IServiceCollection services, IConfiguration configuration, string moduleName, Action<DbContextOptionsBuilder>? configure = null, bool splitQueries = false)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TPostgreSqlContext : TContext
    {
        var database = ModuleDatabase.For(configuration, moduleName);
        var splitting = splitQueries ? QuerySplittingBehavior.SplitQuery : QuerySplittingBehavior.SingleQuery;
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<TContext, TPostgreSqlContext>(options =>
            {
                options.UseModulePostgreSql(database.ConnectionString, database.Schema);
                new Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder(options).UseQuerySplittingBehavior(splitting);
                configure?.Invoke(options);
            });
        }
        else
        {
            services.AddDbContext<TContext, TSqliteContext>(options =>
            {
                options.UseModuleSqlite(database.ConnectionString);
                new Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder(options).UseQuerySplittingBehavior(splitting);
                configure?.Invoke(options);
            });
        }

        var probe = database.Provider == DatabaseProvider.PostgreSql
            ? "SELECT 1"
            // Opening a SQLite file proves nothing; reading its schema proves it is a database.
            : "SELECT count(*) FROM sqlite_master";
        services.AddHealthChecks().AddDbContextCheck<TContext>(
            moduleName.ToLowerInvariant(),
            tags: ["ready"],
            customTestQuery: async (context, ct) =>
            {
                await context.Database.ExecuteSqlRawAsync(probe, ct);
                return true;
            });
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName))
            .Validate(o => o.ClaimLease > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.BatchSize > 0 && o.MaxAttempts > 0, "Modular:Outbox: ClaimLease, PollInterval, BatchSize and MaxAttempts must be positive.");
        services.AddMetrics();
        services.AddSingleton(new OutboxSource(moduleName.ToLowerInvariant(), typeof(TContext), provider => provider.GetRequiredService<TContext>().Set<OutboxMessage>()));
        services.TryAddSingleton<OutboxMetrics>();
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
