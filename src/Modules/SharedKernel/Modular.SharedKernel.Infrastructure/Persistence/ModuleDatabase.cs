using Microsoft.Extensions.Configuration;
using Modular.SharedKernel.Infrastructure.Modules;

namespace Modular.SharedKernel.Infrastructure.Persistence;

/// <summary>Where a deployment keeps its data: one SQLite file per module, or one PostgreSQL database with a schema per module.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// One module's database as this deployment configures it (<c>Modular:Database:Provider</c>):
/// its own SQLite file (<c>data/&lt;module&gt;.db</c>), or its own schema (<c>vault</c>, …) in the one
/// PostgreSQL database of <c>ConnectionStrings:Modular</c>.
/// </summary>
public sealed record ModuleDatabase(string Module, DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Modular:Database:Provider";

    /// <summary>The connection string name of the shared PostgreSQL database.</summary>
    public const string PostgreSqlConnectionName = "Modular";

    /// <summary>The module's PostgreSQL schema, and the history table's.</summary>
    public string Schema => Module.ToLowerInvariant();

    /// <summary>Names the database for an operator, never with a password: the file, or the server, database and schema.</summary>
    public string Description => Provider == DatabaseProvider.Sqlite
        ? SqliteConventions.DataSourceOf(ConnectionString)
        : PostgreSqlConventions.Describe(ConnectionString, Schema);

    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(configured.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StartupException($"{ProviderKey} is '{configured}': use Sqlite (the default, a file per module) or PostgreSql (with ConnectionStrings:{PostgreSqlConnectionName}).");
    }

    public static ModuleDatabase For(IConfiguration configuration, string module)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        if (ProviderOf(configuration) == DatabaseProvider.Sqlite)
        {
            return new ModuleDatabase(module, DatabaseProvider.Sqlite, SqliteConventions.ConnectionString(configuration, module));
        }

        var connectionString = configuration.GetConnectionString(PostgreSqlConnectionName);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new StartupException($"{ProviderKey} is PostgreSql but ConnectionStrings:{PostgreSqlConnectionName} is not set: give the PostgreSQL connection string (Host=…;Database=…;Username=…).")
            : new ModuleDatabase(module, DatabaseProvider.PostgreSql, connectionString);
    }
}
