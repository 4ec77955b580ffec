using System.Collections.Concurrent;
using System.Diagnostics;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.ScaleOut;

/// <summary>
/// Two Host processes (dotnet Modular.Host.dll) on one PostgreSQL database and one shared data
/// folder (blobs, development certificates), as several Hosts run behind a load balancer; a real
/// SMTP server (maildev) receives what either sends. The schema is made once by the
/// <c>migrate</c> command, as an operator does at each release.
/// </summary>
public sealed class TwoHostsFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "modular-scale", Guid.NewGuid().ToString("N"));
    private readonly List<Process> _processes = [];
    private readonly ConcurrentQueue<string> _output = new();
    private Dictionary<string, string> _environment = [];

    public Maildev Mail { get; } = new();

    public string Database { get; } = TestPostgreSql.CreateDatabase();

    public Uri A { get; private set; } = null!;

    public Uri B { get; private set; } = null!;

    /// <summary>What both Hosts printed, for a failure's message.</summary>
    public string Output => string.Join(Environment.NewLine, _output.TakeLast(60));

    public async ValueTask InitializeAsync()
    {
        await Mail.StartAsync();
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Modular__DataDirectory"] = _directory,
            ["Modular__Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Modular"] = Database,
            ["Modular__SeedDemoContent"] = "false",
            ["Modular__JsonLogs"] = "false",
            ["Modular__RateLimits__RequestsPerMinute"] = "100000",
            ["Modular__RateLimits__AuthenticationPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in Mail.SmtpSettings())
        {
            _environment[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        // Shorter than a loaded Host takes to send a whole batch (which, before claims were renewed
        // group by group, let the other Host claim and send 7 of 200 messages again), longer than
        // one group of sends; the other delivery tests use 2 s to see a dead worker's claim expire.
        _environment["Modular__Notifications__ClaimLease"] = "00:00:10";

        var migrated = await HostProcess.RunAsync(_environment, "migrate");
        Assert.True(migrated.ExitCode == 0, "migrate failed: " + migrated.Output);

        // One after the other: the first seeds the demo accounts, the second finds them.
        A = await StartAsync();
        B = await StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }

        await Mail.DisposeAsync();
        TestPostgreSql.DropDatabase(Database);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temporary folder.
        }
    }

    /// <summary>A browser whose requests alternate between the two Hosts, as a load balancer would send them.</summary>
    public (BrowserSession OnA, BrowserSession OnB) OneBrowser()
    {
        var cookies = new CookieJar();
        return (new BrowserSession(A, cookies), new BrowserSession(B, cookies));
    }

    private Uri? _publicAddress;

    private async Task<Uri> StartAsync()
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}");
        var start = HostProcess.StartInfo(new Dictionary<string, string>(_environment)
        {
            ["ASPNETCORE_URLS"] = address.ToString(),
            // One public address for both, as behind one load balancer: the tokens' issuer is the same.
            ["Modular__PublicBaseUrl"] = (_publicAddress ??= address).ToString(),
        });
        var process = Process.Start(start)!;
        _processes.Add(process);
        var name = address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        process.OutputDataReceived += (_, e) => _output.Enqueue($"[{name}] {e.Data}");
        process.ErrorDataReceived += (_, e) => _output.Enqueue($"[{name}] {e.Data}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return address;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"The Host at {address} did not become ready:{Environment.NewLine}{Output}");
    }
}
