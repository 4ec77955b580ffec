using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.SharedKernel.Infrastructure.Modules;

/// <summary>
/// What the Host needs to know of a module beyond its services: its name, the assemblies whose
/// handlers it registers, its database (for migrations and health) and its development seed.
/// Each module's registration class adds one to the container.
/// </summary>
public sealed record ModuleDescriptor(string Name, IReadOnlyList<Assembly> HandlerAssemblies)
{
    /// <summary>Applies the module's migrations; null when the module has no database.</summary>
    public Func<IServiceProvider, CancellationToken, Task>? Migrate { get; init; }

    /// <summary>Whether the database lacks migrations of this build (checked at start outside Development).</summary>
    public Func<IServiceProvider, CancellationToken, Task<bool>>? HasPendingMigrations { get; init; }

    /// <summary>Seeds demonstration data on a development machine's first run.</summary>
    public Func<IServiceProvider, CancellationToken, Task>? SeedDevelopmentData { get; init; }

    /// <summary>
    /// Fills the module with a demo organisation's work on a development machine, through its own
    /// Contracts, once every module is migrated and seeded; idempotent (run at every start).
    /// </summary>
    public Func<IServiceProvider, CancellationToken, Task>? SeedDemoContent { get; init; }

    /// <summary>
    /// Names the demo data with a published secret the module holds (demo accounts, demo API
    /// clients): outside Development the Host refuses to start while any is left.
    /// </summary>
    public Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<string>>>? FindDemoData { get; init; }

    /// <summary>Deletes what <see cref="FindDemoData"/> names, and returns what it deleted (the <c>remove-demo-data</c> command).</summary>
    public Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<string>>>? RemoveDemoData { get; init; }

    /// <summary>Runs after migrations at every start, for data the module needs to exist (scopes, roles).</summary>
    public Func<IServiceProvider, CancellationToken, Task>? EnsureReferenceData { get; init; }

    /// <summary>The database file, or PostgreSQL server, database and schema, for start-up and health messages that name it.</summary>
    public string? DatabaseName { get; init; }

    /// <summary>The module keeps its data in <typeparamref name="TContext"/>: migrate it, check it, name its database.</summary>
    public ModuleDescriptor WithDatabase<TContext>(IConfiguration configuration)
        where TContext : DbContext => this with
        {
            DatabaseName = ModuleDatabase.For(configuration, Name).Description,
            Migrate = (provider, ct) => provider.GetRequiredService<TContext>().Database.MigrateAsync(ct),
            HasPendingMigrations = async (provider, ct) => (await provider.GetRequiredService<TContext>().Database.GetPendingMigrationsAsync(ct)).Any(),
        };
}
