using Modular.Host.Hosting;

namespace Modular.Bench;

/// <summary>
/// The Host as Program.Main builds it, in Development on a fresh temporary data directory, on
/// Kestrel at a loopback port, with the given settings on top; shared by the benchmarks.
/// </summary>
internal static class BenchHost
{
    public static async Task<(WebApplication App, string DataDirectory)> StartAsync(IDictionary<string, string?> settings)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("modular-bench-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Modular:DataDirectory"] = dataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddModularHost();
        var app = builder.Build();
        app.UseModularHost();
        await ModuleStartup.PrepareAsync(app.Services);
        await app.StartAsync();
        return (app, dataDirectory);
    }
}
