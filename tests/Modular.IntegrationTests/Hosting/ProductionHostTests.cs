using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

/// <summary>The Host as it runs in production: HTTPS, certificate files, no demo data.</summary>
public sealed class ProductionHostTests : IAsyncLifetime
{
    private readonly ModularHostFactory _factory = new() { EnvironmentName = "Production" };

    public ValueTask InitializeAsync()
    {
        foreach (var (key, value) in TestCertificates.Create().Settings)
        {
            _factory.Settings[key] = value;
        }

        _factory.Settings["Modular:MigrateOnStart"] = "true";
        _factory.Settings["Modular:PublicBaseUrl"] = "https://modular.example";
        _factory.Settings["Modular:JsonLogs"] = "false";
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task Https_responses_carry_hsts_for_a_year_and_no_demo_account_exists()
    {
        using var browser = new BrowserSession(_factory, "modular.example");

        var response = await browser.Client.GetAsync(new Uri("/", UriKind.Relative), BrowserSession.Ct);
        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());

        var (_, login) = await browser.GetAsync("/Identity/Account/Login");
        Assert.Null(login.QuerySelector("[data-testid=demo-accounts]"));
        var signIn = await BrowserSession.ParseAsync(await browser.SignInAsync("admin@demo.test"));
        Assert.Equal("Adresse e-mail ou mot de passe incorrect.", signIn.QuerySelector("[data-testid=login-error] li")?.TextContent);
    }

    [Fact]
    public async Task Tokens_are_signed_with_the_configured_certificate_and_discovery_works()
    {
        using var browser = new BrowserSession(_factory, "modular.example");

        var keys = await Tokens.JsonAsync(await browser.Client.GetAsync(new Uri("/.well-known/jwks", UriKind.Relative), BrowserSession.Ct));

        Assert.Contains(keys.GetProperty("keys").EnumerateArray(), k => k.GetProperty("use").GetString() == "sig");
        var antiforgery = await browser.Client.GetAsync(new Uri("/Identity/Account/Login", UriKind.Relative), BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.OK, antiforgery.StatusCode);
        Assert.Contains(antiforgery.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-modular.af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_key_ring_is_encrypted_with_the_configured_certificate()
    {
        using var browser = new BrowserSession(_factory, "modular.example");
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync(new Uri("/Identity/Account/Login", UriKind.Relative), BrowserSession.Ct)).StatusCode);

        var keys = Directory.GetFiles(Path.Combine(_factory.DataDirectory, "keys"), "key-*.xml");
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var xml = await File.ReadAllTextAsync(key, BrowserSession.Ct);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_temp_data_cookie_has_the_same_rules_as_the_other_cookies()
    {
        var cookie = _factory.Services.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie;

        Assert.Equal("__Host-modular.tempdata", cookie.Name);
        Assert.Equal(CookieSecurePolicy.Always, cookie.SecurePolicy);
        Assert.True(cookie.HttpOnly);
        Assert.Equal("/", cookie.Path);
    }

    [Fact]
    public async Task Outside_development_only_the_public_address_is_served()
    {
        using var forged = new BrowserSession(_factory, "attacker.example");
        var refused = await forged.Client.GetAsync(new Uri("/", UriKind.Relative), BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        using var browser = new BrowserSession(_factory, "modular.example");
        var discovery = await Tokens.JsonAsync(await browser.Client.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative), BrowserSession.Ct));
        Assert.StartsWith("https://modular.example/", discovery.GetProperty("issuer").GetString(), StringComparison.Ordinal);
    }
}
