using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Modular.Tests.Shared;

namespace Modular.EndToEndTests.Infrastructure;

/// <summary>
/// The real Host (Development, demo data, fresh temporary data directory) served by Kestrel on
/// 127.0.0.1 at a port the system picks, so that a real browser can reach it. Its emails go to
/// maildev (<see cref="Mail"/>), where a test reads them as their recipient would.
/// </summary>
/// <remarks>
/// Plain http, as a developer runs it (README): the browser must accept the Secure
/// <c>__Host-</c> session cookie from a loopback origin, and every form must work without TLS.
/// </remarks>
public sealed class KestrelHostFixture : IAsyncLifetime
{
    private readonly KestrelHostFactory _factory = new();

    /// <summary>Where the Host listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => _factory.Address ?? throw new InvalidOperationException("The Host is not started.");

    /// <summary>The SMTP server the Host sends to, read back through maildev's REST API.</summary>
    public Maildev Mail { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Mail.StartAsync();
        foreach (var (key, value) in Mail.SmtpSettings())
        {
            _factory.Settings[key] = value;
        }

        // The links the Host emails are built from its configured public address: give it the
        // port it will listen on, chosen now (the system's free port, released for Kestrel).
        var port = FreePort();
        _factory.Settings["Modular:PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));

        // Starting prepares the modules (migrations, demo data) synchronously: keep it off the test thread.
        await Task.Run(_factory.StartServer, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Mail.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class KestrelHostFactory : ModularHostFactory
    {
        public Uri? Address { get; private set; }

        protected override IHost CreateHost(IHostBuilder builder)
        {
            var host = base.CreateHost(builder);
            var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"Kestrel is not listening on 127.0.0.1 (addresses: {string.Join(", ", addresses)}).");
            Address = new Uri(address + "/");
            return host;
        }
    }
}
