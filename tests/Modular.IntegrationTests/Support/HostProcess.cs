using System.Diagnostics;

namespace Modular.IntegrationTests.Support;

/// <summary>Runs the built Host as an operator would (dotnet Modular.Host.dll), for start-up behaviour.</summary>
public static class HostProcess
{
    public sealed record Outcome(int ExitCode, string Output);

    /// <summary>
    /// <c>dotnet Modular.Host.dll</c> with <paramref name="arguments"/>, its output redirected, on a
    /// system-chosen loopback port and an example public address unless <paramref name="environment"/>
    /// says otherwise.
    /// </summary>
    public static ProcessStartInfo StartInfo(IDictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Modular.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Modular__PublicBaseUrl"] = "https://modular.example";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    public static async Task<Outcome> RunAsync(IDictionary<string, string> environment, params string[] arguments)
    {
        var start = StartInfo(environment, arguments);
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The Host did not exit within 60 s: it should have refused to start.");
        }

        return new Outcome(process.ExitCode, await stdout + await stderr);
    }
}
