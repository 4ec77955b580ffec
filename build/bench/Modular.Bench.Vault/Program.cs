using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileProviders;
using Modular.Bench;

// Vault downloads: documents of 4 KB and 1 MB fetched through GET /api/v1/vault/documents/{id}/content
// by 8 parallel clients with a real user token (scopes vault.read vault.write, agent1), each for a
// fixed duration, against the same bytes served as static files by a second, bare Kestrel app in
// the same process (UseStaticFiles over a temporary folder), measured in the same run. Then the
// peak working set of the process while 10 clients download a 100 MB document at once.
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var duration = TimeSpan.FromSeconds(seconds);
const int Clients = 8;
const int BigDownloads = 10;
const int BigBytes = 100 * 1024 * 1024;
var (app, dataDirectory) = await BenchHost.StartAsync(new Dictionary<string, string?>
{
    ["Modular:RateLimits:RequestsPerMinute"] = "100000000",
    ["Modular:RateLimits:AuthenticationPerMinute"] = "1000",
    ["Modular:Vault:MaxFileBytes"] = (BigBytes + (1024 * 1024)).ToString(CultureInfo.InvariantCulture),
});
await using var _ = app;
var baseAddress = new Uri(app.Urls.First());
var staticRoot = Directory.CreateTempSubdirectory("modular-bench-static-").FullName;
var statics = await StaticHostAsync(staticRoot);
var staticAddress = new Uri(statics.Urls.First());

try
{
    var token = await BenchTokens.UserTokenAsync(baseAddress, "agent1@demo.test", "openid vault.read vault.write");
    using var api = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients * 2 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(10) };
    api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    using var plain = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients * 2 }) { BaseAddress = staticAddress };

    var folder = await CreateFolderAsync(api, $"Banc d'essai {DateTime.UtcNow:HHmmss}");
    var rows = new List<(string Size, Rate Static, Rate Api)>();
    foreach (var (label, length) in new[] { ("4 KB", 4 * 1024), ("1 MB", 1024 * 1024) })
    {
        var bytes = Pdf(length);
        var fileName = $"doc-{length}.pdf";
        await File.WriteAllBytesAsync(Path.Combine(staticRoot, fileName), bytes);
        var id = await UploadAsync(api, folder, fileName, () => new ByteArrayContent(bytes));
        var staticRate = await MeasureAsync(plain, $"/{fileName}", length, duration);
        var apiRate = await MeasureAsync(api, $"/api/v1/vault/documents/{id}/content", length, duration);
        rows.Add((label, staticRate, apiRate));
    }

    // What any authenticated call costs here, to tell the token's share from the download's.
    var me = await MeasureAsync(api, "/api/v1/me", -1, duration);

    // 100 MB, streamed from disk both ways: the client uploads from a file, the Host stores to one.
    var bigPath = Path.Combine(staticRoot, "big.pdf");
    await using (var file = File.Create(bigPath))
    {
        var chunk = Pdf(1024 * 1024);
        for (var written = 0; written < BigBytes; written += chunk.Length)
        {
            await file.WriteAsync(chunk);
        }
    }

    var bigId = await UploadAsync(api, folder, "Archive 100 Mo.pdf", () => new StreamContent(File.OpenRead(bigPath)));
    using var process = Process.GetCurrentProcess();
    GC.Collect();
    GC.WaitForPendingFinalizers();
    process.Refresh();
    var before = process.WorkingSet64;
    var peak = before;
    using var sampling = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!sampling.IsCancellationRequested)
        {
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
            await Task.Delay(20);
        }
    });
    var clock = Stopwatch.StartNew();
    var received = await Task.WhenAll(Enumerable.Range(0, BigDownloads).Select(_ => DownloadAsync(api, $"/api/v1/vault/documents/{bigId}/content")));
    var bigElapsed = clock.Elapsed;
    await sampling.CancelAsync();
    await sampler;

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        Vault download bench ({Clients} clients, {seconds} s per measure, {Environment.ProcessorCount} CPUs; Host and clients in one process)
          size   static files (req/s, MB/s)   vault API (req/s, MB/s)   ratio API/static   API p50 / p99 ms
        """));
    foreach (var (size, staticRate, apiRate) in rows)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {size,-5}  {staticRate.PerSecond,10:0} {staticRate.MegabytesPerSecond,9:0.0}         {apiRate.PerSecond,10:0} {apiRate.MegabytesPerSecond,9:0.0}      {apiRate.PerSecond / staticRate.PerSecond,10:0.000}       {apiRate.P50,6:0.0} / {apiRate.P99:0.0}"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  for reference, GET /api/v1/me with the same token: {me.PerSecond:0} req/s, p50 / p99 {me.P50:0.0} / {me.P99:0.0} ms"));
    var allComplete = received.All(r => r == BigBytes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
          {BigDownloads} parallel downloads of 100 MB: {bigElapsed.TotalSeconds:0.00} s ({BigDownloads * 100 / bigElapsed.TotalSeconds:0} MB/s), all complete: {allComplete}
          working set before / peak during / growth:  {before / 1048576.0:0} / {peak / 1048576.0:0} / {(peak - before) / 1048576.0:0} MiB
        """));
    BenchGoals.Header();
    BenchGoals.AtLeast("API download 4 KB req/s / Kestrel static file's", rows[0].Api.PerSecond / rows[0].Static.PerSecond, 0.5);
    BenchGoals.AtLeast("API download 1 MB req/s / Kestrel static file's", rows[1].Api.PerSecond / rows[1].Static.PerSecond, 0.9);
    BenchGoals.AtMost("working set growth, 10 x 100 MB downloads (MiB)", (peak - before) / 1048576.0, 64, "0");
    return allComplete && me.Errors == 0 && rows.All(r => r.Api.Errors == 0 && r.Static.Errors == 0) ? 0 : 1;
}
finally
{
    await statics.StopAsync();
    await statics.DisposeAsync();
    await app.StopAsync();
    Directory.Delete(staticRoot, recursive: true);
    try
    {
        // The 100 MB blob is not worth keeping; the databases may still be open until disposal.
        Directory.Delete(Path.Combine(dataDirectory, "blobs"), recursive: true);
    }
    catch (IOException)
    {
    }
}

// Clients fetch the URL in a loop until the time is up; each body is read to the end and its length checked (unless -1).
static async Task<Rate> MeasureAsync(HttpClient client, string url, int length, TimeSpan duration)
{
    // Warm-up, not counted.
    for (var i = 0; i < 50; i++)
    {
        await DownloadAsync(client, url);
    }

    var latencies = new List<double>[Clients];
    var errors = 0;
    var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
    {
        var mine = latencies[c] = [];
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var started = Stopwatch.GetTimestamp();
            var got = await DownloadAsync(client, url);
            if (got < 0 || (length >= 0 && got != length))
            {
                Interlocked.Increment(ref errors);
            }

            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    })));
    var elapsed = clock.Elapsed.TotalSeconds;
    var sorted = latencies.SelectMany(l => l).Order().ToArray();
    return new Rate(sorted.Length / elapsed, sorted.Length * (double)length / elapsed / 1048576, Percentile(sorted, 0.50), Percentile(sorted, 0.99), errors);
}

// The body's length, read to the end without keeping it; -1 for anything but 200.
static async Task<long> DownloadAsync(HttpClient client, string url)
{
    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
    if (response.StatusCode != HttpStatusCode.OK)
    {
        return -1;
    }

    await using var body = await response.Content.ReadAsStreamAsync();
    var buffer = new byte[81920];
    long total = 0;
    int read;
    while ((read = await body.ReadAsync(buffer)) > 0)
    {
        total += read;
    }

    return total;
}

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

// Distinct bytes behind a PDF header, which is what the vault checks.
static byte[] Pdf(int length)
{
    var bytes = RandomNumberGenerator.GetBytes(length);
    "%PDF-1.7\n"u8.CopyTo(bytes);
    return bytes;
}

static async Task<WebApplication> StaticHostAsync(string root)
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = "Modular.Bench.Vault.Static" });
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.ClearProviders();
    var app = builder.Build();
    app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root) });
    await app.StartAsync();
    return app;
}

static async Task<Guid> CreateFolderAsync(HttpClient api, string name)
{
    using var created = await api.PostAsJsonAsync("/api/v1/vault/folders", new { name, isPublic = false });
    created.EnsureSuccessStatusCode();
    using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
    return body.RootElement.GetProperty("id").GetGuid();
}

static async Task<Guid> UploadAsync(HttpClient api, Guid folder, string fileName, Func<HttpContent> content)
{
    using var form = new MultipartFormDataContent { { content(), "file", fileName } };
    using var uploaded = await api.PostAsync($"/api/v1/vault/folders/{folder}/documents", form);
    var text = await uploaded.Content.ReadAsStringAsync();
    if (uploaded.StatusCode != HttpStatusCode.Created)
    {
        throw new InvalidOperationException($"Upload of {fileName} failed with {(int)uploaded.StatusCode}: {text}");
    }

    using var body = JsonDocument.Parse(text);
    return body.RootElement.GetProperty("ids")[0].GetGuid();
}

internal sealed record Rate(double PerSecond, double MegabytesPerSecond, double P50, double P99, int Errors);
