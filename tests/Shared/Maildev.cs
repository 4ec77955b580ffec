using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Modular.Tests.Shared;

/// <summary>
/// maildev (npm, installed by build/test.sh under build/tools) as a real SMTP server on a loopback
/// port, read back through its REST API. It can be stopped and started again on the same port.
/// </summary>
public sealed class Maildev : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private Process? _process;

    public Maildev()
    {
        SmtpPort = FreePort();
        WebPort = FreePort();
    }

    public int SmtpPort { get; }

    public int WebPort { get; }

    public static string Executable
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "build", "tools", "node_modules", "maildev", "dist", "bin", "maildev.js");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("maildev is not installed: run build/test.sh (it runs 'npm ci --prefix build/tools').");
        }
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Executable, "--smtp", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--ip", "127.0.0.1", "--web", WebPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--web-ip", "127.0.0.1", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        _process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Node starts slowly on a loaded machine (the test projects run side by side): wait up to a minute.
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until && !_process.HasExited)
        {
            if (await IsUpAsync() && CanConnect(SmtpPort))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"maildev did not start on ports {SmtpPort}/{WebPort}: {string.Join(" | ", output)}");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
        for (var i = 0; i < 50 && CanConnect(SmtpPort); i++)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>Every email maildev holds.</summary>
    public async Task<IReadOnlyList<JsonElement>> EmailsAsync()
    {
        // Just after a restart, maildev can answer its API with an empty body while its store loads:
        // asked again for up to 5 s before the body is read (and an empty one fails there).
        for (var attempt = 1; ; attempt++)
        {
            var json = await Http.GetStringAsync(new Uri($"http://127.0.0.1:{WebPort}/api/email"));
            if (!string.IsNullOrWhiteSpace(json) || attempt == 50)
            {
                return [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.Clone())];
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The bytes of one attachment of an email maildev holds, by the name maildev gave it (its <c>generatedFileName</c>).</summary>
    public async Task<byte[]> AttachmentAsync(string emailId, string fileName) =>
        await Http.GetByteArrayAsync(new Uri($"http://127.0.0.1:{WebPort}/api/email/{Uri.EscapeDataString(emailId)}/attachment/{Uri.EscapeDataString(fileName)}"));

    /// <summary>Waits until maildev holds at least <paramref name="count"/> emails, or the timeout.</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        IReadOnlyList<JsonElement> emails = [];
        while (DateTime.UtcNow < until)
        {
            emails = await EmailsAsync();
            if (emails.Count >= count)
            {
                return emails;
            }

            await Task.Delay(100);
        }

        return emails;
    }

    public IDictionary<string, string?> SmtpSettings() => new Dictionary<string, string?>
    {
        ["Modular:Notifications:Smtp:Host"] = "127.0.0.1",
        ["Modular:Notifications:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Modular:Notifications:Smtp:Security"] = "None",
        ["Modular:Notifications:Smtp:From"] = "Modular <no-reply@modular.test>",
        ["Modular:Notifications:RetryBaseDelay"] = "00:00:00.200",
        ["Modular:Notifications:PollInterval"] = "00:00:00.100",
        ["Modular:Notifications:ClaimLease"] = "00:00:02",
    };

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> IsUpAsync()
    {
        try
        {
            return (await Http.GetAsync(new Uri($"http://127.0.0.1:{WebPort}/api/healthz"))).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static bool CanConnect(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
