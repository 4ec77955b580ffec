using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Modular.Bench;

// Sharing import throughput: N share keys (one per case file, so no import overwrites another)
// redeemed through POST /api/v1/sharing/imports by 8 parallel clients holding a real user token.
// Every key is sent twice, by two different clients at about the same time, so the single-use
// guarantee is under contention: each key must give exactly one 201 and one 410 key-used.
// Baseline in the same run: GET /api/v1/me with the same token and the same 8 clients.
var keyCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
const int Clients = 8;
var (app, dataDirectory) = await BenchHost.StartAsync(new Dictionary<string, string?>
{
    ["Modular:RateLimits:RequestsPerMinute"] = "10000000",
    ["Modular:RateLimits:AuthenticationPerMinute"] = "1000",
});
await using var _ = app;
var baseAddress = new Uri(app.Urls.First());

try
{
    var issuer = await BenchTokens.UserTokenAsync(baseAddress, "agent1@demo.test", "openid sharing");
    var importer = await BenchTokens.UserTokenAsync(baseAddress, "agent2@demo.test", "openid sharing");
    using var issuerClient = ApiClient(baseAddress, issuer);
    using var importerClient = ApiClient(baseAddress, importer);

    // Setup (not timed): one case file and one key per import.
    var keys = new string[keyCount];
    await Parallel.ForAsync(0, keyCount, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
    {
        var created = await issuerClient.PostAsJsonAsync("/api/v1/sharing/cases", new
        {
            client = new { lastName = $"Client {i:0000}", firstName = "Marie", email = "marie@example.fr" },
            policies = new[] { new { insurer = "AXA", number = $"HAB-{i}", product = "Habitation", annualPremium = 420.50m } },
            notes = "Dossier du banc d'essai",
            sections = new[] { new { title = "Sinistres", body = "Aucun" } },
        }, ct);
        created.EnsureSuccessStatusCode();
        var location = created.Headers.Location ?? throw new InvalidOperationException("No Location on the created case file.");
        var caseUri = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
        var share = await issuerClient.PostAsync($"{caseUri}/share-keys", null, ct);
        share.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await share.Content.ReadAsStringAsync(ct));
        keys[i] = body.RootElement.GetProperty("key").GetString()!;
    });

    // Baseline: the cheapest authenticated call, same token, same clients.
    var meCount = keyCount * 2;
    var (meElapsed, meLatencies, _) = await RunAsync(meCount, async i => (int)(await importerClient.GetAsync("/api/v1/me")).StatusCode);

    // Each key goes to two clients: slot 2k and 2k+1 are the same key, started side by side.
    var (elapsed, latencies, statuses) = await RunAsync(keyCount * 2, async i =>
    {
        using var response = await importerClient.PostAsJsonAsync("/api/v1/sharing/imports", new { key = keys[i / 2], confirmOverwrite = false });
        return (int)response.StatusCode;
    });

    var perKey = Enumerable.Range(0, keyCount).Select(k => (statuses[2 * k], statuses[(2 * k) + 1])).ToList();
    var created201 = statuses.Count(s => s == 201);
    var doubles = perKey.Count(p => p is (201, 201));
    var unexpected = perKey.Count(p => !(p is (201, 410) or (410, 201)));
    var copies = await CountAsync(Path.Combine(dataDirectory, "sharing.db"), "SELECT count(*) FROM case_files WHERE ImportedFromKeyId IS NOT NULL");
    var successLatencies = latencies.Where((_, i) => statuses[i] == 201).Order().ToArray();
    var importRate = created201 / elapsed.TotalSeconds;
    var meRate = meCount / meElapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        Sharing import bench ({keyCount} keys, each sent twice at once; {Clients} clients; {Environment.ProcessorCount} CPUs)
          successful imports:                     {importRate,8:0} imports/s ({created201} in {elapsed.TotalSeconds:0.00} s, {keyCount * 2} requests)
          import latency p50 / p99 (successes):   {Percentile(successLatencies, 0.50),8:0.0} / {Percentile(successLatencies, 0.99):0.0} ms
          import latency p99 (all requests):      {Percentile([.. latencies.Order()], 0.99),8:0.0} ms
          baseline GET /api/v1/me:                {meRate,8:0} req/s (p99 {Percentile([.. meLatencies.Order()], 0.99):0.0} ms)
          ratio successful imports / me:          {importRate / meRate,8:0.000}
          double redemptions:                     {doubles,8}
          keys without exactly one 201 and one 410: {unexpected,6}
          case file copies stored:                {copies,8}
        """));
    BenchGoals.Header();
    BenchGoals.AtLeast("share-key imports, 8 clients, successful per second", importRate, 1000, "0");
    BenchGoals.AtMost("share-key import p99, successes (ms)", Percentile(successLatencies, 0.99), 50, "0.0");
    BenchGoals.AtMost("double redemptions", doubles, 0, "0");
    return doubles == 0 && unexpected == 0 && copies == keyCount ? 0 : 1;
}
finally
{
    await app.StopAsync();
}

static async Task<(TimeSpan Elapsed, double[] LatenciesMs, int[] Statuses)> RunAsync(int count, Func<int, Task<int>> call)
{
    var latencies = new double[count];
    var statuses = new int[count];
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var started = Stopwatch.GetTimestamp();
            statuses[i] = await call(i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    })));
    return (clock.Elapsed, latencies, statuses);
}

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

static HttpClient ApiClient(Uri baseAddress, string token)
{
    var client = new HttpClient { BaseAddress = baseAddress };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return client;
}

static async Task<long> CountAsync(string database, string sql)
{
    await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = sql;
    return (long)(await command.ExecuteScalarAsync())!;
}
