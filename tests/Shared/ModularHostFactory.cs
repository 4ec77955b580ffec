using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Modular.Host;
using Modular.Host.Hosting;
using Modular.SharedKernel.Infrastructure.Outbox;

namespace Modular.Tests.Shared;

/// <summary>
/// The real Host on a fresh temporary data directory (real SQLite files, real keys), or on a new
/// PostgreSQL database of its own (<see cref="UsePostgreSql"/>), prepared as Program.Main prepares
/// it: migrations, reference data and, in Development, the demo data.
/// </summary>
public class ModularHostFactory : WebApplicationFactory<Program>
{

    public ModularHostFactory()
        : this(null)
    {
    }

    private ModularHostFactory(string? dataDirectory)
    {
        KeepDataDirectory = dataDirectory is not null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "modular-tests", Guid.NewGuid().ToString("N"));
        Settings = new Dictionary<string, string?>
        {
            ["Modular:DataDirectory"] = DataDirectory,
            ["Modular:RateLimits:RequestsPerMinute"] = "100000",
            ["Modular:RateLimits:AuthenticationPerMinute"] = "100000",
            ["Modular:JsonLogs"] = "false",
            // Tests start from empty modules (demo accounts only); the demo seed's own tests turn it on.
            ["Modular:SeedDemoContent"] = "false",

            // The address the tests' clients use: links we send are built from it, never from the request.
            ["Modular:PublicBaseUrl"] = "https://localhost",
            ["Logging:LogLevel:Default"] = "Warning",
        };
    }

    public string DataDirectory { get; }

    /// <summary>The Host's PostgreSQL database, when it runs on one.</summary>
    public string? PostgreSqlConnectionString { get; private set; }

    /// <summary>A Host on a PostgreSQL database of its own (dropped on dispose); blobs and keys stay in the data directory.</summary>
    public static ModularHostFactory OnPostgreSql()
    {
        var factory = new ModularHostFactory();
        factory.UsePostgreSql();
        return factory;
    }

    /// <summary>
    /// Runs this Host on a new PostgreSQL database, or on <paramref name="connectionString"/> (a
    /// database of <see cref="TestPostgreSql"/>'s server, reached another way); call before the first
    /// client is made. The database is dropped on dispose.
    /// </summary>
    public void UsePostgreSql(string? connectionString = null)
    {
        PostgreSqlConnectionString ??= connectionString ?? TestPostgreSql.CreateDatabase();
        Settings["Modular:Database:Provider"] = "PostgreSql";
        Settings["ConnectionStrings:Modular"] = PostgreSqlConnectionString;
    }

    /// <summary>
    /// A read-write connection to a module's database, whichever the provider: SQL written with
    /// quoted column names (<c>"UsedAt"</c>) and bare table names reads the same on both.
    /// </summary>
    public async Task<System.Data.Common.DbConnection> OpenModuleDatabaseAsync(string module)
    {
        System.Data.Common.DbConnection connection = PostgreSqlConnectionString is { } postgres
            ? new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(postgres) { SearchPath = module.ToLowerInvariant(), Pooling = false }.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(DataDirectory, module.ToLowerInvariant() + ".db")};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A SQL condition on a Guid column, whichever the provider (SQLite keeps EF Core's upper-case text, PostgreSQL a uuid).</summary>
    public string GuidEquals(string column, Guid value) => PostgreSqlConnectionString is null
        ? $"upper(\"{column}\") = '{value.ToString().ToUpperInvariant()}'"
        : $"\"{column}\" = '{value}'";

    /// <summary>Changes a module's data behind its back, as an operator would (see <see cref="OpenModuleDatabaseAsync"/>); the rows changed.</summary>
    public async Task<int> ExecuteAsync(string module, string sql)
    {
        _ = Services; // the Host makes the databases when it starts
        await using var connection = await OpenModuleDatabaseAsync(module);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>One value read from a module's database (see <see cref="OpenModuleDatabaseAsync"/>).</summary>
    public async Task<T> ScalarAsync<T>(string module, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenModuleDatabaseAsync(module);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var result = await command.ExecuteScalarAsync();
        if (result is Guid guid && typeof(T) == typeof(string))
        {
            // PostgreSQL reads a uuid; SQLite, the upper-case text EF Core writes.
            return (T)(object)guid.ToString().ToUpperInvariant();
        }

        return result is null or DBNull ? default! : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the data directory survives the factory (for a restart on the same data).</summary>
    public bool KeepDataDirectory { get; set; }

    /// <summary>A Host on an existing data directory, as after a restart; the directory is kept on dispose.</summary>
    public static ModularHostFactory Reusing(string dataDirectory) => new(dataDirectory);

    /// <summary>Configuration the Host sees, on top of appsettings; set before the first client is made.</summary>
    public IDictionary<string, string?> Settings { get; }

    public string EnvironmentName { get; set; } = Environments.Development;

    /// <summary>The clock the whole Host reads instead of the system's; set before the first client is made.</summary>
    public TimeProvider? Clock { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Settings));
        builder.ConfigureTestServices(services => services.Configure<OutboxOptions>(options => options.PollInterval = TimeSpan.FromMilliseconds(100)));
        if (Clock is { } clock)
        {
            // As the Host does in Development: the demo seed sets its own flow back on this clock.
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(
                EnvironmentName == Environments.Development ? new Modular.SharedKernel.Infrastructure.Seeding.RewindableClock(clock) : clock));
        }
    }

    /// <summary>
    /// Waits until every module's outbox is published (messages a module sends after a change are
    /// events that its consumers send after commit); fails the test past <paramref name="timeout"/>.
    /// </summary>
    public async Task OutboxesDrainedAsync(TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var waiting = PostgreSqlConnectionString is null ? await WaitingInSqliteOutboxesAsync() : await WaitingInPostgreSqlOutboxesAsync();
            if (waiting == 0)
            {
                return;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{waiting} outbox message(s) still unpublished.");
            }

            await Task.Delay(50);
        }
    }

    private async Task<long> WaitingInSqliteOutboxesAsync()
    {
        var waiting = 0L;
        foreach (var database in Directory.EnumerateFiles(DataDirectory, "*.db"))
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'outbox_messages'";
            if ((long)(await command.ExecuteScalarAsync())! == 0)
            {
                continue;
            }

            command.CommandText = "SELECT count(*) FROM outbox_messages WHERE ProcessedAt IS NULL";
            waiting += (long)(await command.ExecuteScalarAsync())!;
        }

        return waiting;
    }

    private async Task<long> WaitingInPostgreSqlOutboxesAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox_messages'";
        var schemas = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                schemas.Add(reader.GetString(0));
            }
        }

        var waiting = 0L;
        foreach (var schema in schemas)
        {
            command.CommandText = $"SELECT count(*) FROM \"{schema}\".outbox_messages WHERE \"ProcessedAt\" IS NULL";
            waiting += (long)(await command.ExecuteScalarAsync())!;
        }

        return waiting;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var host = builder.Build();
        ModuleStartup.PrepareAsync(host.Services).GetAwaiter().GetResult();
        host.Start();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && PostgreSqlConnectionString is { } postgres && !KeepDataDirectory)
        {
            TestPostgreSql.DropDatabase(postgres);
        }

        if (disposing && !KeepDataDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a background service: the temp folder is cleaned by the OS.
            }
        }
    }
}

/// <summary>The real Host on a PostgreSQL database of its own (a class fixture).</summary>
public sealed class PostgreSqlHostFactory : ModularHostFactory
{
    public PostgreSqlHostFactory() => UsePostgreSql();
}
