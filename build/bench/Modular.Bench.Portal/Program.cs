using System.Globalization;
using Modular.Bench;
using Npgsql;

// Client portal: (a) search latency over N generated documents (default 1,000,000) spread over
// many companies, through the module's search port (IPortalSearch.FindAsync) within one company,
// against the bare index query on the same connection as the ceiling; on SQLite, and on
// PostgreSQL too when MODULAR_BENCH_POSTGRESQL names a server. (b) publication throughput through
// the HTTP API (8 clients, a client-credentials token of « Assurances Horizon »), against
// GET /api/v1/me on the same Host as the ceiling. See build/bench/README.md.
//
//   Modular.Bench.Portal [documents (1000000)] [publications (1000)] [seconds per search (2)]
var documents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var publications = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var measureFor = TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 2);
var kept = Environment.GetEnvironmentVariable("MODULAR_BENCH_PORTAL_DATA") is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;
var server = Environment.GetEnvironmentVariable("MODULAR_BENCH_POSTGRESQL") is { Length: > 0 } postgres ? postgres : null;

var searches = new List<SearchResult>();
var dataDirectory = kept ?? Directory.CreateTempSubdirectory("modular-bench-portal-").FullName;
Directory.CreateDirectory(dataDirectory);
try
{
    searches.Add(await SearchBench.RunAsync(dataDirectory, null, documents, measureFor));
}
finally
{
    if (kept is null)
    {
        Directory.Delete(dataDirectory, recursive: true);
    }
}

if (server is not null)
{
    // A database of its own on the server, dropped afterwards.
    var name = "modular_bench_portal_" + Guid.NewGuid().ToString("N")[..12];
    await ExecuteAsync(server, $"CREATE DATABASE {name}");
    var scratch = Directory.CreateTempSubdirectory("modular-bench-portal-pg-").FullName;
    try
    {
        searches.Add(await SearchBench.RunAsync(scratch, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, documents, measureFor));
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        Directory.Delete(scratch, recursive: true);
    }
}

Console.WriteLine($"==> Publishing {publications} PDFs through the API ({PublishBench.Clients} clients)");
var publish = await PublishBench.RunAsync(publications);

var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Client portal bench ({Environment.ProcessorCount} CPUs, load average {load} at the end)"));
foreach (var search in searches)
{
    Console.WriteLine();
    var origin = search.Generation is { } generated
        ? string.Create(CultureInfo.InvariantCulture, $"generated in {generated.TotalSeconds:0} s ({search.Documents / generated.TotalSeconds:N0}/s)")
        : "reused";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"(a) Search, {search.Provider}: {search.Documents:N0} documents over {search.Companies:N0} companies, {search.Size}, {origin}"));
    Console.WriteLine("    ratio = index query p50 / FindAsync p50 (1: the port costs nothing beyond the index)");
    Console.WriteLine("    company (documents)   query                                hits   FindAsync p50 / p95 ms   index query p50 / p95 ms   ratio");
    foreach (var row in search.Rows)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {$"{row.Company} ({row.CompanyDocuments:N0})",-20}  {row.Query,-34} {row.Hits,6}   {row.Port.P50,9:0.00} / {row.Port.P95,-9:0.00}     {row.Index.P50,9:0.00} / {row.Index.P95,-9:0.00}    {row.Ratio,6:0.000}"));
    }

    foreach (var fault in search.Faults)
    {
        Console.WriteLine("    FAULT: " + fault);
    }
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    (b) Publication through the API: {publish.Publications} PDFs to {publish.Companies} companies, {PublishBench.Clients} clients, in process with the Host
        publications:              {publish.Publish.PerSecond,8:0.0} /s ({publish.Published} answered 201 in {publish.Publish.Elapsed.TotalSeconds:0.0} s; {publish.Counted} more documents counted)
        publication p50 / p95:     {publish.Publish.Latency.P50,8:0.0} / {publish.Publish.Latency.P95:0.0} ms
        GET /api/v1/me:            {publish.Ceiling,8:0} req/s (before {publish.MeBefore.PerSecond:0}, after {publish.MeAfter.PerSecond:0})
        ratio publications / me:   {publish.Ratio,8:0.000}
    """));

BenchGoals.Header();
foreach (var search in searches)
{
    BenchGoals.AtMost(string.Create(CultureInfo.InvariantCulture, $"portal search p95, slowest of {search.Rows.Count}, {search.Provider}, {search.Documents:N0} docs (ms)"), search.Rows.Max(r => r.Port.P95), 20, "0.0");
}

return publish.Sound && searches.All(s => s.Faults.Count == 0) ? 0 : 1;

static async Task ExecuteAsync(string server, string sql)
{
    await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    await command.ExecuteNonQueryAsync();
}
