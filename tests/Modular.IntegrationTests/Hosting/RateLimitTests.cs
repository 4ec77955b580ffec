using System.Net;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly ModularHostFactory _factory = new();

    public ValueTask InitializeAsync()
    {
        _factory.Settings["Modular:RateLimits:AuthenticationPerMinute"] = "3";
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task Too_many_sign_in_attempts_get_429_with_retry_after()
    {
        using var browser = new BrowserSession(_factory);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.SignInAsync("agent1@demo.test", "Wrong-Passw0rd!")).StatusCode);
        }

        var limited = await browser.SignInAsync("agent1@demo.test", "Wrong-Passw0rd!");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Trop de requêtes", await limited.Content.ReadAsStringAsync(BrowserSession.Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_token_requests_get_429_problem_details()
    {
        using var browser = new BrowserSession(_factory);
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "demo-partner", ["client_secret"] = "demo-partner-secret" };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Tokens.RequestAsync(browser.Client, form);
        }

        var limited = await Tokens.RequestAsync(browser.Client, form);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal("too-many-requests", (await Tokens.JsonAsync(limited)).GetProperty("code").GetString());
        Assert.NotNull(limited.Headers.RetryAfter);
    }
}
