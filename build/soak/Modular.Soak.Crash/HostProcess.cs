using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Modular.Soak;

/// <summary>
/// The published Host as a child process (<c>dotnet Modular.Host.dll</c>: the muxer runs the app in
/// its own process, so killing it kills the Host itself, not a wrapper), in Development on one data
/// folder and one loopback port kept across restarts (the port is the tokens' issuer). Its output is
/// kept per start, to show why a start failed and which errors it logged.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly SoakOptions _options;
    private readonly Dictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;
    private int _start;

    static HostProcess()
    {
        // The Host must not outlive the soak, whatever stops it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Current?.KillQuietly();
        Console.CancelKeyPress += (_, _) => Current?.KillQuietly();
    }

    public HostProcess(SoakOptions options, string dataDirectory)
    {
        _options = options;
        DataDirectory = dataDirectory;
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        var address = Address.ToString().TrimEnd('/');
        _environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Development: demo accounts and clients, development signing keys.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = address,
            ["Modular__PublicBaseUrl"] = address,
            ["Modular__DataDirectory"] = dataDirectory,
            // The demo accounts are needed, not their case files and folders: a faster start.
            ["Modular__SeedDemoContent"] = "false",
            ["Modular__RateLimits__RequestsPerMinute"] = "1000000",
            ["Modular__RateLimits__AuthenticationPerMinute"] = "1000000",
            ["Modular__Notifications__Smtp__Host"] = "127.0.0.1",
            ["Modular__Notifications__Smtp__Port"] = options.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Modular__Notifications__Smtp__Security"] = "None",
            ["Modular__Notifications__Smtp__From"] = "Modular <no-reply@modular.test>",
            // A claim left by a killed Host is taken again after its lease: short, so that the run ends soon.
            ["Modular__Notifications__ClaimLease"] = "00:00:05",
            ["Modular__Outbox__ClaimLease"] = "00:00:05",
            // The sweep of orphan blobs runs every second for blobs 10 s old (the checks count those of 15 s).
            ["Modular__Vault__OrphanBlobGracePeriod"] = "00:00:10",
            ["Modular__Vault__OrphanSweepInterval"] = "00:00:01",
            ["Modular__Notifications__RetryBaseDelay"] = "00:00:00.200",
            ["Modular__Notifications__PollInterval"] = "00:00:00.200",
            ["Modular__JsonLogs"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
            // Hosts started again and again would each watch their appsettings files.
            ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
        };
        foreach (var (key, value) in options.HostSettings)
        {
            _environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
    }

    private static HostProcess? Current { get; set; }

    public Uri Address { get; }

    public string DataDirectory { get; }

    /// <summary>CPU time (user + system) each start took until the Host was ready.</summary>
    public List<TimeSpan> StartCpu { get; } = [];

    /// <summary>How many times the Host was started.</summary>
    public int Starts => _start;

    /// <summary>Lines the Host logged at error level or above (« fail: », « crit: »), with the start they came from.</summary>
    public IReadOnlyList<string> Errors => [.. _output.Where(l => l.Contains(" fail: ", StringComparison.Ordinal) || l.Contains(" crit: ", StringComparison.Ordinal))];

    /// <summary>Starts the Host and waits until <c>/health/ready</c> answers 200; throws with its last output when it does not.</summary>
    public async Task<TimeSpan> StartAsync(TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(_options.HostDll)!,
        };
        start.ArgumentList.Add(_options.HostDll);
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        var number = Interlocked.Increment(ref _start);
        var clock = Stopwatch.StartNew();
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        Current = this;
        _process.OutputDataReceived += (_, e) => Keep(number, e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(number, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < timeout && !_process.HasExited)
        {
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    _process.Refresh();
                    StartCpu.Add(_process.TotalProcessorTime);
                    return clock.Elapsed;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        var why = _process.HasExited ? $"exited with code {_process.ExitCode}" : $"not ready after {timeout.TotalSeconds:0} s";
        KillQuietly();
        throw new HostStartException($"start {number} of the Host {why}:{Environment.NewLine}{Output(number)}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally block runs in the Host.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public void Dispose() => KillQuietly();

    /// <summary>The last lines of one start's output.</summary>
    public string Output(int start)
    {
        var tag = $"[{start.ToString(CultureInfo.InvariantCulture)}] ";
        return string.Join(Environment.NewLine, _output.Where(l => l.StartsWith(tag, StringComparison.Ordinal)).TakeLast(40));
    }

    private void Keep(int start, string? line)
    {
        if (line is not null)
        {
            _output.Enqueue($"[{start.ToString(CultureInfo.InvariantCulture)}] {line}");
        }
    }

    private void KillQuietly()
    {
        try
        {
            _process?.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The Host did not become ready: after a kill, that is the finding itself.</summary>
internal sealed class HostStartException(string message) : Exception(message);
