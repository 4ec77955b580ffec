using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Modular.Tests.Shared;

namespace Modular.EndToEndTests.Infrastructure;

/// <summary>
/// The real Host (Development, demo data, fresh temporary data directory) served by Kestrel on
/// 127.0.0.1 at a port the system picks, so that a real browser can reach it.
/// </summary>
/// <remarks>
/// It is served over HTTPS with a throw-away self-signed certificate, as in production behind TLS:
/// the Host's antiforgery cookie has <c>SecurePolicy = Always</c>, and ASP.NET Core's antiforgery
/// then refuses to render any form (every page has one, the language switch) on a plain HTTP request.
/// </remarks>
public sealed class KestrelHostFixture : IAsyncLifetime
{
    private readonly X509Certificate2 _certificate = CreateLoopbackCertificate();
    private readonly KestrelHostFactory _factory = new();

    /// <summary>Where the Host listens, e.g. https://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => _factory.Address ?? throw new InvalidOperationException("The Host is not started.");

    public async ValueTask InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));

        // Starting prepares the modules (migrations, demo data) synchronously: keep it off the test thread.
        await Task.Run(_factory.StartServer, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _certificate.Dispose();
    }

    private static X509Certificate2 CreateLoopbackCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false)); // server authentication
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
    }

    private sealed class KestrelHostFactory : ModularHostFactory
    {
        public Uri? Address { get; private set; }

        protected override IHost CreateHost(IHostBuilder builder)
        {
            var host = base.CreateHost(builder);
            var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault(a => a.StartsWith("https://127.0.0.1:", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"Kestrel is not listening on 127.0.0.1 (addresses: {string.Join(", ", addresses)}).");
            Address = new Uri(address + "/");
            return host;
        }
    }
}
