using System.Net;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

public sealed class ShellTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public async Task Pages_carry_a_nonce_csp_without_framing_nosniff_and_a_referrer_policy()
    {
        using var browser = new BrowserSession(factory);

        var response = await browser.Client.GetAsync(new Uri("/", UriKind.Relative), BrowserSession.Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'", csp);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());

        // A new nonce for every response.
        var second = await browser.Client.GetAsync(new Uri("/", UriKind.Relative), BrowserSession.Ct);
        Assert.NotEqual(csp, second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_home_page_is_french_by_default_and_english_after_the_switch()
    {
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent1@demo.test");

        var (_, french) = await browser.GetAsync("/");
        Assert.Equal("fr", french.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Bonjour Antoine Agent", french.QuerySelector("[data-testid=welcome]")!.TextContent);

        var switched = await browser.SubmitAsync(french, new Dictionary<string, string>(), formAction: "/culture", submitName: "culture", submitValue: "en-GB");
        Assert.Equal("/", switched.Headers.Location!.OriginalString);

        var (_, english) = await browser.GetAsync("/");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Hello Antoine Agent", english.QuerySelector("[data-testid=welcome]")!.TextContent);
    }

    [Fact]
    public async Task The_language_switch_never_redirects_to_another_site()
    {
        using var browser = new BrowserSession(factory);
        var (_, page) = await browser.GetAsync("/");

        var response = await browser.SubmitAsync(page, new Dictionary<string, string> { ["returnUrl"] = "//evil.example/" }, formAction: "/culture", submitName: "culture", submitValue: "en-GB");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Forms_without_an_antiforgery_token_are_refused()
    {
        using var browser = new BrowserSession(factory);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "agent1@demo.test", ["Input.Password"] = BrowserSession.DemoPassword });

        var response = await browser.Client.PostAsync(new Uri("/Identity/Account/Login", UriKind.Relative), content, BrowserSession.Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_page_gets_the_friendly_french_404()
    {
        using var browser = new BrowserSession(factory);

        var (response, page) = await browser.GetAsync("/nowhere/at-all");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page introuvable", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Back_office_pages_need_the_admin_role()
    {
        using var anonymous = new BrowserSession(factory);
        var toLogin = await anonymous.Client.GetAsync(new Uri("/Admin/Users", UriKind.Relative), BrowserSession.Ct);
        Assert.StartsWith("https://localhost/Identity/Account/Login", toLogin.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var agent = new BrowserSession(factory);
        await agent.SignInAsync("agent1@demo.test");
        var denied = await agent.Client.GetAsync(new Uri("/Admin/Users", UriKind.Relative), BrowserSession.Ct);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var (allowed, page) = await admin.GetAsync("/Admin/Users");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains(page.QuerySelectorAll("[data-testid=user-row]"), row => row.TextContent.Contains("agent3@demo.test", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_v1_endpoint_with_its_security()
    {
        using var browser = new BrowserSession(factory);

        var document = await Tokens.JsonAsync(await browser.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), BrowserSession.Ct));

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/me", out var me));
        Assert.True(paths.TryGetProperty("/api/v1/identity/organisation", out var organisation));
        Assert.All(paths.EnumerateObject(), path => Assert.StartsWith("/api/v1/", path.Name, StringComparison.Ordinal));
        Assert.Equal("identity.read", organisation.GetProperty("get").GetProperty("security")[0].GetProperty("oauth2")[0].GetString());
        Assert.True(me.GetProperty("get").GetProperty("responses").TryGetProperty("401", out _));
        var flows = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2").GetProperty("flows");
        Assert.Equal("/connect/token", flows.GetProperty("clientCredentials").GetProperty("tokenUrl").GetString());
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("MeResponse", out _));

        var (_, reference) = await browser.GetAsync("/ApiReference");
        Assert.Equal("/openapi/v1.json", reference.QuerySelector("[data-testid=openapi-link]")!.GetAttribute("href"));
        Assert.Contains("api/v1/identity/organisation", reference.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_live_and_ready_answer()
    {
        using var browser = new BrowserSession(factory);

        // The liveness probe answers first, before the pipeline: no session, no culture cookie.
        using var live = await browser.Client.GetAsync(new Uri("/health/live", UriKind.Relative), BrowserSession.Ct);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync(BrowserSession.Ct)));
        Assert.False(live.Headers.Contains("Set-Cookie"));
        var ready = await browser.Client.GetAsync(new Uri("/health/ready", UriKind.Relative), BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(BrowserSession.Ct));
    }
}
