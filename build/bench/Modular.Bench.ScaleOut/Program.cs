using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Modular.Bench;

// Scale-out: the same two workloads through the HTTP API in three set-ups, one after the other, in
// one run: (a) one Host on SQLite, (b) one Host on PostgreSQL, (c) two Host processes on one
// PostgreSQL database and one data folder, every client request going to the Hosts in turn (round
// robin). Each set-up starts from a fresh data folder (and a fresh database).
//
// 1. Share-key imports: agent1 issues one key per case file (setup, not timed); 8 clients send
//    POST /api/v1/sharing/imports with agent2's token, 2N requests where requests 2k and 2k+1
//    carry the same key and start side by side; with two Hosts they go to different Hosts. Each
//    key must give one 201 and one 410; double redemptions (two 201) and the copies stored in
//    the database are counted.
// 2. Downloads: 8 clients fetch 1 MB documents through GET /api/v1/vault/documents/{id}/content,
//    reading every body to the end and checking its length.
// The ceiling of each set-up: GET /api/v1/me with the same token, clients and Hosts, measured
// before the imports and after the downloads; the ratios are requests per second of the
// operation divided by the mean of both.
var keyCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var downloadCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var hostDirectory = Environment.GetEnvironmentVariable("MODULAR_BENCH_HOST") is { Length: > 0 } published
    ? published
    : throw new InvalidOperationException("MODULAR_BENCH_HOST must name the folder of the published Host: run build/bench/scaleout.sh.");
var server = Environment.GetEnvironmentVariable("MODULAR_BENCH_POSTGRESQL") is { Length: > 0 } postgres
    ? postgres
    : throw new InvalidOperationException("MODULAR_BENCH_POSTGRESQL must name a PostgreSQL server (Host=…;Port=…;Username=…): run build/bench/scaleout.sh.");

Setup[] setups =
[
    new("(a) SQLite, 1 Host", null, 1),
    new("(b) PostgreSQL, 1 Host", server, 1),
    new("(c) PostgreSQL, 2 Hosts", server, 2),
];
var results = new List<Result>();
foreach (var setup in setups)
{
    Console.WriteLine($"==> {setup.Name}: {keyCount} keys, {downloadCount} downloads of {ScaleOut.DocumentBytes / 1048576} MB, {ScaleOut.Clients} clients");
    await using var hosts = await HostCluster.StartAsync(hostDirectory, setup.Server, setup.Hosts);
    var result = await ScaleOut.RunAsync(setup, hosts, keyCount, downloadCount);
    results.Add(result);
    ScaleOut.PrintDetails(result);
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    Scale-out bench ({keyCount} keys and {downloadCount} downloads of 1 MB per set-up, {ScaleOut.Clients} clients, {Environment.ProcessorCount} CPUs, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end)
    ratio = requests per second of the operation / requests per second of GET /api/v1/me on the same Host(s)
      set-up                      /me req/s   imports/s   ratio   download MB/s   ratio   double redemptions
    """));
foreach (var r in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {r.Setup.Name,-26} {r.Ceiling,10:0} {r.ImportsPerSecond,11:0} {r.ImportsPerSecond / r.Ceiling,7:0.000} {r.DownloadMegabytesPerSecond,15:0.0} {r.DownloadsPerSecond / r.Ceiling,7:0.000} {r.DoubleRedemptions,20}"));
}

return results.All(r => r.Sound) ? 0 : 1;

internal sealed record Setup(string Name, string? Server, int Hosts);

internal sealed record Result(
    Setup Setup,
    Rate MeBefore,
    Rate MeAfter,
    Rate Imports,
    double[] SuccessLatenciesMs,
    int Successes,
    int DoubleRedemptions,
    int KeysWithoutOneOfEach,
    long Copies,
    long ExpectedCopies,
    Rate Downloads,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> MigrateProblems)
{
    public double Ceiling => (MeBefore.PerSecond + MeAfter.PerSecond) / 2;

    public double ImportsPerSecond => Successes / Imports.Elapsed.TotalSeconds;

    public double DownloadsPerSecond => Downloads.PerSecond;

    public double DownloadMegabytesPerSecond => Downloads.PerSecond * ScaleOut.DocumentBytes / 1048576;

    /// <summary>Every key redeemed once, every copy stored once, every other answer as expected.</summary>
    public bool Sound => DoubleRedemptions == 0 && KeysWithoutOneOfEach == 0 && Copies == ExpectedCopies
        && Downloads.Errors == 0 && MeBefore.Errors == 0 && MeAfter.Errors == 0;
}

/// <summary>
/// One measure: its duration, each request's latency (ms) and status, the errors (answers other
/// than the expected ones) and the Hosts' CPU time per request.
/// </summary>
internal sealed record Rate(TimeSpan Elapsed, double[] LatenciesMs, int[] Statuses, int Errors, double HostCpuMsPerRequest)
{
    public double PerSecond => Statuses.Length / Elapsed.TotalSeconds;

    public double P50 => ScaleOut.Percentile([.. LatenciesMs.Order()], 0.50);

    public double P99 => ScaleOut.Percentile([.. LatenciesMs.Order()], 0.99);
}

internal static class ScaleOut
{
    public const int Clients = 8;
    public const int DocumentBytes = 1024 * 1024;
    private const int Documents = 4;

    public static async Task<Result> RunAsync(Setup setup, HostCluster hosts, int keyCount, int downloadCount)
    {
        var addresses = hosts.Addresses;

        // Tokens from the first and the last Host: with two, each is used on both.
        var issuerToken = await BenchTokens.UserTokenAsync(addresses[0], "agent1@demo.test", "openid sharing");
        var importerToken = await BenchTokens.UserTokenAsync(addresses[^1], "agent2@demo.test", "openid sharing vault.read vault.write");
        var issuers = addresses.Select(a => ApiClient(a, issuerToken)).ToArray();
        var importers = addresses.Select(a => ApiClient(a, importerToken)).ToArray();
        try
        {
            // Request i goes to Host i mod n, as a round-robin load balancer sends them.
            HttpClient Issuer(int i) => issuers[i % issuers.Length];
            HttpClient Importer(int i) => importers[i % importers.Length];

            // Setup (not timed): one case file and one key per import, plus some to warm up the import
            // path on every Host (fresh processes: the JIT's tiers and each Host's caches).
            var warmUpKeys = 4 * Clients * addresses.Count;
            var keys = await IssueKeysAsync(Issuer, keyCount + warmUpKeys);
            var documents = new Guid[Documents];
            var folder = await CreateFolderAsync(importers[^1], "Banc d'essai");
            for (var d = 0; d < Documents; d++)
            {
                documents[d] = await UploadAsync(importers[^1], folder, $"document-{d}.pdf", Pdf(DocumentBytes));
            }

            // Warm-up of every endpoint on every Host (fresh processes), not counted.
            await MeasureAsync(hosts, 100 * addresses.Count, i => MeAsync(Importer(i)));
            await MeasureAsync(hosts, 2 * Clients * addresses.Count, i => DownloadAsync(Importer(i), documents[i % Documents]));
            var warmUp = await MeasureAsync(hosts, warmUpKeys, i => ImportAsync(Importer(i), keys[keyCount + i]));
            if (warmUp.Statuses.Any(s => s != 201))
            {
                throw new InvalidOperationException($"Warm-up imports answered {string.Join(", ", warmUp.Statuses.Distinct())}.");
            }

            var meBefore = await MeasureAsync(hosts, keyCount, i => MeAsync(Importer(i)));

            // Each key goes to two clients: requests 2k and 2k+1 carry the same key, started side by
            // side (on different Hosts when there are two).
            var imports = await MeasureAsync(hosts, keyCount * 2, i => ImportAsync(Importer(i), keys[i / 2]), 201, 410);
            var statuses = imports.Statuses;
            var perKey = Enumerable.Range(0, keyCount).Select(k => (statuses[2 * k], statuses[(2 * k) + 1])).ToList();

            var downloads = await MeasureAsync(hosts, downloadCount, i => DownloadAsync(Importer(i), documents[i % Documents]));
            var meAfter = await MeasureAsync(hosts, keyCount, i => MeAsync(Importer(i)));
            var successes = statuses.Count(s => s == 201);
            return new Result(
                setup,
                meBefore,
                meAfter,
                imports,
                [.. imports.LatenciesMs.Where((_, i) => statuses[i] == 201).Order()],
                successes,
                perKey.Count(p => p is (201, 201)),
                perKey.Count(p => !(p is (201, 410) or (410, 201))),
                await hosts.CountImportedCopiesAsync(),
                keyCount + warmUpKeys,
                downloads,
                hosts.Problems,
                hosts.MigrateProblems);
        }
        finally
        {
            foreach (var client in issuers.Concat(importers))
            {
                client.Dispose();
            }
        }
    }

    public static void PrintDetails(Result r)
    {
        var unexpected = r.Imports.Statuses.Where(s => s is not (201 or 410)).GroupBy(s => s).Select(g => $"{g.Count()} x {g.Key}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
              GET /api/v1/me before / after:   {r.MeBefore.PerSecond,7:0} / {r.MeAfter.PerSecond:0} req/s, p99 {r.MeBefore.P99:0.0} / {r.MeAfter.P99:0.0} ms, {r.MeBefore.HostCpuMsPerRequest:0.00} ms Host CPU per request
              imports:                         {r.ImportsPerSecond,7:0} /s ({r.Successes} in {r.Imports.Elapsed.TotalSeconds:0.00} s), p50 / p99 of successes {Percentile(r.SuccessLatenciesMs, 0.50):0.0} / {Percentile(r.SuccessLatenciesMs, 0.99):0.0} ms, p99 of all {r.Imports.P99:0.0} ms, {r.Imports.HostCpuMsPerRequest:0.00} ms Host CPU per request
              double redemptions:              {r.DoubleRedemptions,7}; keys without exactly one 201 and one 410: {r.KeysWithoutOneOfEach}{(r.KeysWithoutOneOfEach > 0 ? $" (other answers: {string.Join(", ", unexpected)})" : "")}
              copies stored / expected:        {r.Copies,7} / {r.ExpectedCopies} (warm-up imports included)
              downloads:                       {r.DownloadsPerSecond,7:0} req/s, {r.DownloadMegabytesPerSecond:0.0} MB/s, p50 / p99 {r.Downloads.P50:0.0} / {r.Downloads.P99:0.0} ms, {r.Downloads.HostCpuMsPerRequest:0.00} ms Host CPU per request, errors {r.Downloads.Errors}
              log lines at warning or above:   {r.MigrateProblems.Count,7} from migrate, {r.Problems.Count} from the Host(s)
            """));
        foreach (var line in r.MigrateProblems.Take(1).Concat(r.Problems.Take(5)).Select(p => p.Length > 240 ? p[..240] + "…" : p))
        {
            Console.WriteLine($"    {line}");
        }
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>
    /// <see cref="Clients"/> workers take request numbers 0..count-1 in order and make each call;
    /// answers other than <paramref name="expected"/> (200 by default) are errors.
    /// </summary>
    private static async Task<Rate> MeasureAsync(HostCluster hosts, int count, Func<int, Task<int>> call, params int[] expected)
    {
        int[] ok = expected.Length == 0 ? [200] : expected;
        var latencies = new double[count];
        var statuses = new int[count];
        var next = -1;
        var cpuBefore = hosts.CpuTime;
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
        var elapsed = clock.Elapsed;
        var cpu = hosts.CpuTime - cpuBefore;
        return new Rate(elapsed, latencies, statuses, statuses.Count(s => !ok.Contains(s)), cpu.TotalMilliseconds / count);
    }

    private static async Task<string[]> IssueKeysAsync(Func<int, HttpClient> issuer, int count)
    {
        var keys = new string[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var client = issuer(i);
            using var created = await client.PostAsJsonAsync("/api/v1/sharing/cases", new
            {
                client = new { lastName = $"Client {i:0000}", firstName = "Marie", email = "marie@example.fr" },
                policies = new[] { new { insurer = "AXA", number = $"HAB-{i}", product = "Habitation", annualPremium = 420.50m } },
                notes = "Dossier du banc d'essai",
                sections = new[] { new { title = "Sinistres", body = "Aucun" } },
            }, ct);
            created.EnsureSuccessStatusCode();
            var location = created.Headers.Location ?? throw new InvalidOperationException("No Location on the created case file.");
            var caseUri = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
            using var share = await client.PostAsync($"{caseUri}/share-keys", null, ct);
            share.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await share.Content.ReadAsStringAsync(ct));
            keys[i] = body.RootElement.GetProperty("key").GetString()!;
        });
        return keys;
    }

    private static async Task<int> MeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/me");
        return (int)response.StatusCode;
    }

    private static async Task<int> ImportAsync(HttpClient client, string key)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/sharing/imports", new { key, confirmOverwrite = false });
        return (int)response.StatusCode;
    }

    // 200 when the whole body came with the expected length, -1 for a short or long body, else the status.
    private static async Task<int> DownloadAsync(HttpClient client, Guid document)
    {
        using var response = await client.GetAsync($"/api/v1/vault/documents/{document}/content", HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (int)response.StatusCode;
        }

        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total == DocumentBytes ? 200 : -1;
    }

    private static HttpClient ApiClient(Uri baseAddress, string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients * 2 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> CreateFolderAsync(HttpClient api, string name)
    {
        using var created = await api.PostAsJsonAsync("/api/v1/vault/folders", new { name, isPublic = false });
        created.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<Guid> UploadAsync(HttpClient api, Guid folder, string fileName, byte[] bytes)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        using var uploaded = await api.PostAsync($"/api/v1/vault/folders/{folder}/documents", form);
        var text = await uploaded.Content.ReadAsStringAsync();
        if (uploaded.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Upload of {fileName} failed with {(int)uploaded.StatusCode}: {text}");
        }

        using var body = JsonDocument.Parse(text);
        return body.RootElement.GetProperty("ids")[0].GetGuid();
    }

    // Distinct bytes behind a PDF header, which is what the vault checks.
    private static byte[] Pdf(int length)
    {
        var bytes = RandomNumberGenerator.GetBytes(length);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
