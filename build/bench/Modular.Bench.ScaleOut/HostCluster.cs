using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Modular.Bench;

/// <summary>
/// One or more processes of the published Host (<c>dotnet Modular.Host.dll</c>) on loopback ports,
/// sharing one fresh temporary data folder (blobs, development certificates) and, on PostgreSQL,
/// one fresh database made for them, as Hosts behind a load balancer run. They also share one
/// <c>Modular:PublicBaseUrl</c>, the first Host's address standing for the load balancer's: it is
/// the tokens' issuer, so a token from one Host is accepted by the others. The schema is made once
/// by the <c>migrate</c> command first; the first Host is ready (and has seeded the demo accounts)
/// before the next one starts. Disposal kills the processes, drops the database and deletes the
/// folder; the processes are also killed if the bench itself is stopped.
/// </summary>
internal sealed class HostCluster : IAsyncDisposable
{
    private const string MigrateTag = "[migrate] ";
    private static readonly ConcurrentDictionary<int, Process> Running = new();
    private readonly List<Process> _processes = [];
    private readonly List<Uri> _addresses = [];
    private readonly ConcurrentQueue<string> _output = new();
    private readonly Dictionary<string, string> _environment;
    private readonly string _hostDirectory;
    private readonly string? _server;

    static HostCluster()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
    }

    private HostCluster(string hostDirectory, string? server)
    {
        _hostDirectory = hostDirectory;
        _server = server;
        DataDirectory = Directory.CreateTempSubdirectory("modular-bench-scaleout-").FullName;
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Modular__DataDirectory"] = DataDirectory,
            ["Modular__SeedDemoContent"] = "false",
            ["Modular__RateLimits__RequestsPerMinute"] = "1000000",
            ["Modular__RateLimits__AuthenticationPerMinute"] = "1000000",
            ["Modular__JsonLogs"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (server is not null)
        {
            Database = CreateDatabase(server);
            _environment["Modular__Database__Provider"] = "PostgreSql";
            _environment["ConnectionStrings__Modular"] = Database;
        }
    }

    public string DataDirectory { get; }

    /// <summary>The connection string of the database made for this cluster; null on SQLite.</summary>
    public string? Database { get; }

    public IReadOnlyList<Uri> Addresses => _addresses;

    /// <summary>Lines the serving Hosts logged at warning level or above (the migrate command's are in <see cref="MigrateProblems"/>).</summary>
    public IReadOnlyList<string> Problems => [.. _output.Where(l => IsProblem(l) && !l.StartsWith(MigrateTag, StringComparison.Ordinal))];

    /// <summary>Lines the migrate command logged at warning level or above.</summary>
    public IReadOnlyList<string> MigrateProblems => [.. _output.Where(l => IsProblem(l) && l.StartsWith(MigrateTag, StringComparison.Ordinal))];

    /// <summary>User + system CPU time used so far by all the Host processes (not the database server's).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            var total = TimeSpan.Zero;
            foreach (var process in _processes)
            {
                process.Refresh();
                total += process.TotalProcessorTime;
            }

            return total;
        }
    }

    /// <summary>Migrates, then starts <paramref name="count"/> Hosts one after the other; PostgreSQL when <paramref name="server"/> is given, SQLite otherwise.</summary>
    public static async Task<HostCluster> StartAsync(string hostDirectory, string? server, int count)
    {
        var cluster = new HostCluster(hostDirectory, server);
        try
        {
            await cluster.MigrateAsync();
            for (var i = 0; i < count; i++)
            {
                await cluster.StartHostAsync();
            }

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Case files imported from a key (the copies the imports made), counted in the Sharing module's database.</summary>
    public async Task<long> CountImportedCopiesAsync()
    {
        if (Database is null)
        {
            await using var sqlite = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "sharing.db")};Mode=ReadOnly;Pooling=False");
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "SELECT count(*) FROM case_files WHERE ImportedFromKeyId IS NOT NULL";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        await using var postgres = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Database) { Pooling = false }.ConnectionString);
        await postgres.OpenAsync();
        await using var query = postgres.CreateCommand();
        query.CommandText = "SELECT count(*) FROM sharing.case_files WHERE \"ImportedFromKeyId\" IS NOT NULL";
        return Convert.ToInt64(await query.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            Kill(process);
            await process.WaitForExitAsync();
            Running.TryRemove(process.Id, out _);
            process.Dispose();
        }

        _processes.Clear();
        if (_server is not null && Database is not null)
        {
            var name = new NpgsqlConnectionStringBuilder(Database).Database;
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temporary folder.
        }
    }

    private static string CreateDatabase(string server)
    {
        var name = "modular_bench_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private async Task MigrateAsync()
    {
        using var migrate = Start(null, "migrate");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await migrate.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(migrate);
            throw new InvalidOperationException($"migrate did not finish in 5 minutes:{Environment.NewLine}{Output()}");
        }
        finally
        {
            Running.TryRemove(migrate.Id, out _);
        }

        if (migrate.ExitCode != 0)
        {
            throw new InvalidOperationException($"migrate failed ({migrate.ExitCode}):{Environment.NewLine}{Output()}");
        }
    }

    private async Task StartHostAsync()
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = Start(address);
        _processes.Add(process);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    _addresses.Add(address);
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The Host at {address} did not become ready:{Environment.NewLine}{Output()}");
    }

    private Process Start(Uri? address, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _hostDirectory,
        };
        start.ArgumentList.Add(Path.Combine(_hostDirectory, "Modular.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        if (address is not null)
        {
            start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
            start.Environment["Modular__PublicBaseUrl"] = (_addresses.Count > 0 ? _addresses[0] : address).ToString().TrimEnd('/');
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        Running[process.Id] = process;
        var name = address?.Port.ToString(CultureInfo.InvariantCulture) ?? arguments[0];
        process.OutputDataReceived += (_, e) => Keep(name, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(name, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Keep(string name, string? line)
    {
        if (line is not null)
        {
            _output.Enqueue($"[{name}] {line}");
        }
    }

    private static bool IsProblem(string line) =>
        line.Contains(" warn: ", StringComparison.Ordinal) || line.Contains(" fail: ", StringComparison.Ordinal) || line.Contains(" crit: ", StringComparison.Ordinal);

    private string Output() => string.Join(Environment.NewLine, _output.TakeLast(60));

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static void KillAll()
    {
        foreach (var process in Running.Values)
        {
            Kill(process);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
