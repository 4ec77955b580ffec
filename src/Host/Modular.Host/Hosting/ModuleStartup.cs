using System.Data.Common;
using Microsoft.Extensions.Options;
using Modular.SharedKernel.Infrastructure.Modules;
using Modular.SharedKernel.Infrastructure.Persistence;

namespace Modular.Host.Hosting;

/// <summary>
/// What happens between building the Host and serving: the data directory is checked, each
/// module's database is migrated (Development) or checked to be up to date (elsewhere), reference
/// data is ensured, and a development machine gets its demo data. Every problem the operator
/// can fix becomes a <see cref="StartupException"/> naming the path.
/// </summary>
internal static class ModuleStartup
{
    /// <summary>
    /// Prepares once per Host, however many callers ask (Program.Main, a test host): later callers
    /// await the same work.
    /// </summary>
    public static Task PrepareAsync(IServiceProvider services) => services.GetRequiredService<Preparation>().Task;

    private static async Task RunPreparationAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        var configuration = services.GetRequiredService<IConfiguration>();
        EnsureDataDirectoryWritable(services.GetRequiredService<IOptions<ModularDataOptions>>().Value);

        var seedDemoData = configuration.GetValue("Modular:SeedDemoData", environment.IsDevelopment());
        if (seedDemoData && !environment.IsDevelopment())
        {
            throw new StartupException($"Modular:SeedDemoData is true in the {environment.EnvironmentName} environment: demo accounts with a published password are refused outside Development.");
        }

        foreach (var module in services.GetServices<ModuleDescriptor>())
        {
            if (module.Migrate is not null
                && ModuleDatabase.For(configuration, module.Name) is { Provider: DatabaseProvider.Sqlite } sqlite
                && SqliteConventions.CutShort(SqliteConventions.DataSourceOf(sqlite.ConnectionString)) is { } cutShort)
            {
                throw new StartupException($"The database '{module.DatabaseName}' of module {module.Name} cannot be used: {cutShort}.");
            }

            await using var scope = services.CreateAsyncScope();
            await RunAsync(module, async () =>
            {
                if (module.Migrate is { } migrate)
                {
                    if (environment.IsDevelopment() || configuration.GetValue("Modular:MigrateOnStart", false))
                    {
                        await migrate(scope.ServiceProvider, cancellationToken);
                    }
                    else if (module.HasPendingMigrations is { } pending && await pending(scope.ServiceProvider, cancellationToken))
                    {
                        throw new StartupException($"The database '{module.DatabaseName}' of module {module.Name} is not up to date: run 'Modular.Host migrate' first.");
                    }
                }

                if (module.EnsureReferenceData is { } ensure)
                {
                    await ensure(scope.ServiceProvider, cancellationToken);
                }

                if (seedDemoData && module.SeedDevelopmentData is { } seed)
                {
                    await seed(scope.ServiceProvider, cancellationToken);
                }

                // A data folder seeded on a development machine, then started as production: its
                // demo accounts and clients, whose secrets are published, would sign in silently.
                if (!environment.IsDevelopment() && module.FindDemoData is { } find && await find(scope.ServiceProvider, cancellationToken) is { Count: > 0 } demo)
                {
                    throw new StartupException(
                        $"The {module.Name} module holds demo data whose secrets are published ({string.Join(", ", demo)}): outside Development it is refused. "
                        + $"Run '{RemoveDemoDataCommand}' to delete it (the demo organisations and their content stay).");
                }
            });
        }

        // Demo content acts through other modules' Contracts (accounts, messages): every module is ready first.
        if (seedDemoData && configuration.GetValue("Modular:SeedDemoContent", true))
        {
            foreach (var module in services.GetServices<ModuleDescriptor>().Where(m => m.SeedDemoContent is not null))
            {
                await RunAsync(module, () => module.SeedDemoContent!(services, cancellationToken));
            }
        }
    }

    internal sealed class Preparation(IServiceProvider services)
    {
        private readonly Lazy<Task> _task = new(() => RunPreparationAsync(services, CancellationToken.None));

        public Task Task => _task.Value;
    }

    public const string RemoveDemoDataCommand = "remove-demo-data";

    /// <summary>The <c>remove-demo-data</c> command: deletes every module's demo accounts and clients; returns what it deleted.</summary>
    public static async Task<IReadOnlyList<string>> RemoveDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        EnsureDataDirectoryWritable(services.GetRequiredService<IOptions<ModularDataOptions>>().Value);
        var removed = new List<string>();
        foreach (var module in services.GetServices<ModuleDescriptor>().Where(m => m.RemoveDemoData is not null))
        {
            await using var scope = services.CreateAsyncScope();
            await RunAsync(module, async () => removed.AddRange(await module.RemoveDemoData!(scope.ServiceProvider, cancellationToken)));
        }

        return removed;
    }

    /// <summary>The <c>migrate</c> command: applies every module's migrations and exits.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        EnsureDataDirectoryWritable(services.GetRequiredService<IOptions<ModularDataOptions>>().Value);
        foreach (var module in services.GetServices<ModuleDescriptor>().Where(m => m.Migrate is not null))
        {
            await using var scope = services.CreateAsyncScope();
            await RunAsync(module, () => module.Migrate!(scope.ServiceProvider, cancellationToken));
        }
    }

    private static async Task RunAsync(ModuleDescriptor module, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception ex) when (ex is DbException or System.Net.Sockets.SocketException)
        {
            throw new StartupException($"The database '{module.DatabaseName}' of module {module.Name} cannot be used: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is DbException or System.Net.Sockets.SocketException)
        {
            throw new StartupException($"The database '{module.DatabaseName}' of module {module.Name} cannot be used: {ex.InnerException.Message}", ex);
        }
    }

    private static void EnsureDataDirectoryWritable(ModularDataOptions options)
    {
        var directory = options.FullDataDirectory;
        var probe = Path.Combine(directory, $".write-test-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"The data directory '{directory}' (Modular:DataDirectory) is not writable: {ex.Message}", ex);
        }

        try
        {
            OwnerOnlyFiles.Tighten(directory, options.FullKeysDirectory, options.FullBlobDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"The data directory '{directory}' (Modular:DataDirectory) cannot be made private to the Host's account: {ex.Message}", ex);
        }
    }
}
