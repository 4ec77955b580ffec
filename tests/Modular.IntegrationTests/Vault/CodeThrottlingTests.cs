using System.Net;
using System.Net.Http.Headers;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Vault;

/// <summary>A Host of its own: its clock moves and its addresses get throttled without disturbing other tests.</summary>
public sealed class CodeThrottlingFixture : IDisposable
{
    public SharingApiHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}

public sealed class CodeThrottlingTests(CodeThrottlingFixture fixture) : IClassFixture<CodeThrottlingFixture>
{
    private const string Links = "/api/v1/vault/download-links";
    private const int Limit = 20;

    [Fact]
    public async Task Twenty_failures_from_one_address_get_429_on_every_link_until_the_window_passes_while_other_addresses_redeem()
    {
        var token = await CreateLinkAsync("135790");
        var other = await CreateLinkAsync("246802");
        using var scanner = Anonymous("198.51.100.7");
        using var neighbour = Anonymous("198.51.100.8");

        // Wrong codes (fewer than the per-link lock), malformed codes and unknown links all count.
        for (var i = 0; i < 2; i++)
        {
            await ExpectProblemAsync(await scanner.PostAsync($"{Links}/{token}/redeem", new { code = "000000" }), HttpStatusCode.Forbidden, "code-invalid");
        }

        for (var i = 0; i < 8; i++)
        {
            await ExpectProblemAsync(await scanner.PostAsync($"{Links}/{token}/redeem", new { code = "12ab" }), HttpStatusCode.UnprocessableEntity, "code-malformed");
        }

        for (var i = 0; i < Limit - 10; i++)
        {
            await ExpectProblemAsync(await scanner.PostAsync($"{Links}/{UnknownToken()}/redeem", new { code = "135790" }), HttpStatusCode.NotFound, "link-unknown");
        }

        // The right code from that address is refused now, and does not consume the link.
        var refused = await scanner.PostAsync($"{Links}/{token}/redeem", new { code = "135790" });
        var problem = await ExpectProblemAsync(refused, HttpStatusCode.TooManyRequests, "code-throttled");
        var retryAfter = problem.GetProperty("retryAfter").GetInt32();
        Assert.InRange(retryAfter, 1, 15 * 60);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Contains("Trop de tentatives depuis votre adresse", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ExpectProblemAsync(await scanner.PostAsync($"{Links}/{other}/redeem", new { code = "246802" }), HttpStatusCode.TooManyRequests, "code-throttled");

        // Refused attempts count too: hammering pushes the wait out.
        fixture.Host.Time.Advance(TimeSpan.FromSeconds(30));
        var later = await ExpectProblemAsync(await scanner.PostAsync($"{Links}/{token}/redeem", new { code = "135790" }), HttpStatusCode.TooManyRequests, "code-throttled");
        Assert.True(later.GetProperty("retryAfter").GetInt32() >= retryAfter - 30, "the wait should not shrink while the address keeps trying");

        // Another address is not affected, and the link is still unused.
        var session = await ExpectAsync(await neighbour.PostAsync($"{Links}/{token}/redeem", new { code = "135790" }), HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(session.GetProperty("sessionToken").GetString()));

        // Once the window has passed, the address may try again.
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(16));
        await ExpectAsync(await scanner.PostAsync($"{Links}/{other}/redeem", new { code = "246802" }), HttpStatusCode.OK);
    }

    private ApiCaller Anonymous(string address) => new(fixture.Host.CreateApiClient(), null, address);

    private async Task<string> CreateLinkAsync(string code)
    {
        using var agent = await fixture.Host.CallerAsync("agent1@demo.test", scope: "openid vault.read vault.write");
        var folder = (await ExpectAsync(await agent.PostAsync("/api/v1/vault/folders", new { name = "Dossier " + Guid.NewGuid().ToString("N")[..8], isPublic = false }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var bytes = new byte[600];
        new Random(code.GetHashCode(StringComparison.Ordinal)).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        var files = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        files.Add(part, "file", "cerfa.pdf");
        var ids = (await ExpectAsync(await agent.PostAsync($"/api/v1/vault/folders/{folder}/documents", files), HttpStatusCode.Created))
            .GetProperty("ids").EnumerateArray().Select(i => i.GetGuid()).ToArray();
        var created = await ExpectAsync(await agent.PostAsync(Links, new { documentIds = ids, code }), HttpStatusCode.Created);
        return created.GetProperty("url").GetString()!.Split("/l/")[1];
    }

    private static string UnknownToken() => Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray())
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The invitation page's code form is throttled per address like the links, and answers 429.</summary>
public sealed class InvitationThrottlingTests(CodeThrottlingFixture fixture) : IClassFixture<CodeThrottlingFixture>
{
    [Fact]
    public async Task Too_many_failed_codes_from_one_address_get_429_with_retry_after_and_the_invitation_is_not_locked()
    {
        var invitation = await InvitationAgent.InviteAsync(fixture.Host, "Scanner", InvitationAgent.Unique("scanner"));
        using var scanner = new BrowserSession(fixture.Host);
        scanner.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.44");
        var (_, page) = await scanner.GetAsync(invitation.Path);

        // Malformed codes count for the address but do not lock the invitation.
        for (var i = 0; i < 20; i++)
        {
            var refused = await scanner.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = "12a" });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            page = await BrowserSession.ParseAsync(refused);
        }

        var throttled = await scanner.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = invitation.Code });
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(int.Parse(throttled.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) > 0);
        var explained = await BrowserSession.ParseAsync(throttled);
        Assert.StartsWith("Trop de tentatives depuis votre adresse", explained.QuerySelector("[data-testid=invitation-error]")!.TextContent, StringComparison.Ordinal);

        // Another address still gets in with the right code: the invitation was not touched.
        using var invited = new BrowserSession(fixture.Host);
        invited.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.45");
        var (_, fresh) = await invited.GetAsync(invitation.Path);
        var verified = await BrowserSession.ParseAsync(await invited.SubmitAsync(fresh, new Dictionary<string, string> { ["Code"] = invitation.Code }));
        Assert.NotNull(verified.QuerySelector("[data-testid=invitation-verified]"));
    }
}
