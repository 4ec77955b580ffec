using System.Net;
using System.Text;
using System.Text.Json;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// Tokens name what they are for (<c>aud</c>), the API takes only its own, and a client revokes
/// only the tokens it was issued.
/// </summary>
public sealed class TokenAudienceTests(SharingApiHost host) : IClassFixture<SharingApiHost>
{
    private const string Api = "modular-api";

    [Fact]
    public async Task A_sign_in_token_with_no_api_scope_is_refused_by_the_api_but_reads_userinfo()
    {
        var token = await host.TokenAsync("agent1@demo.test", "openid profile");
        Assert.False(Audiences(token).Contains(Api), "a sign-in token must not be meant for the API");
        using var client = host.CreateApiClient();

        var api = await client.SendAsync(Tokens.Get("/api/v1/me", token), ApiCaller.Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);

        var userInfo = await client.SendAsync(Tokens.Get("/connect/userinfo", token), ApiCaller.Ct);
        Assert.Equal(HttpStatusCode.OK, userInfo.StatusCode);
    }

    [Fact]
    public async Task Api_tokens_name_the_api_as_audience_and_are_taken()
    {
        var person = await host.TokenAsync("agent1@demo.test", "openid identity.read");
        using var client = host.CreateApiClient();
        var partner = await Tokens.ClientCredentialsAsync(client, "identity.read");

        Assert.Contains(Api, Audiences(person));
        Assert.Contains(Api, Audiences(partner));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Tokens.Get("/api/v1/me", person), ApiCaller.Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Tokens.Get("/api/v1/me", partner), ApiCaller.Ct)).StatusCode);
    }

    [Fact]
    public async Task A_client_cannot_revoke_an_api_token_issued_to_another_client()
    {
        using var client = host.CreateApiClient();
        var partnerToken = await Tokens.ClientCredentialsAsync(client, "identity.read");

        // demo-cli is a public client: its client_id is all it needs to call the revocation endpoint.
        var attempt = await RevokeAsync(client, partnerToken, "demo-cli");

        // RFC 7009 answers 200 to a token the caller may not revoke as to an unknown one: what matters is that it still works.
        Assert.True(attempt.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"unexpected {(int)attempt.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Tokens.Get("/api/v1/me", partnerToken), ApiCaller.Ct)).StatusCode);
    }

    [Fact]
    public async Task A_client_cannot_revoke_a_sign_in_token_issued_to_another_client()
    {
        using var client = host.CreateApiClient();
        var signInToken = await host.TokenAsync("agent2@demo.test", "openid profile");

        var attempt = await RevokeAsync(client, signInToken, "demo-partner", "demo-partner-secret");

        Assert.Equal(HttpStatusCode.BadRequest, attempt.StatusCode);
        Assert.Equal("unauthorized_client", (await Tokens.JsonAsync(attempt)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Tokens.Get("/connect/userinfo", signInToken), ApiCaller.Ct)).StatusCode);
    }

    [Fact]
    public async Task A_client_revokes_its_own_token()
    {
        using var client = host.CreateApiClient();
        var token = await Tokens.ClientCredentialsAsync(client, "identity.read");

        Assert.Equal(HttpStatusCode.OK, (await RevokeAsync(client, token, "demo-partner", "demo-partner-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Tokens.Get("/api/v1/me", token), ApiCaller.Ct)).StatusCode);
    }

    private static async Task<HttpResponseMessage> RevokeAsync(HttpClient client, string token, string clientId, string? secret = null)
    {
        var form = new Dictionary<string, string> { ["token"] = token, ["token_type_hint"] = "access_token", ["client_id"] = clientId };
        if (secret is not null)
        {
            form["client_secret"] = secret;
        }

        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri("/connect/revoke", UriKind.Relative), content, ApiCaller.Ct);
    }

    private static List<string> Audiences(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        if (!document.RootElement.TryGetProperty("aud", out var aud))
        {
            return [];
        }

        return aud.ValueKind == JsonValueKind.Array ? [.. aud.EnumerateArray().Select(a => a.GetString()!)] : [aud.GetString()!];
    }
}
