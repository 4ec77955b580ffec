using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace Modular.IntegrationTests.Support;

/// <summary>
/// A third-party app's authorization code + PKCE flow, driven over HTTP: the browser is sent to
/// /connect/authorize, signs in, may consent, and comes back to the app's redirect URI with a code.
/// </summary>
public sealed class AuthorizationCodeFlow(BrowserSession browser, string clientId, string redirectUri, string scope)
{
    public Pkce Pkce { get; } = Pkce.Create();

    public string State { get; } = Guid.NewGuid().ToString("N");

    public string AuthorizeUrl(string? codeChallengeMethod = "S256", string? prompt = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = State,
            ["code_challenge"] = codeChallengeMethod == "plain" ? Pkce.Verifier : Pkce.Challenge,
            ["code_challenge_method"] = codeChallengeMethod,
            ["prompt"] = prompt,
        };
        return QueryHelpers.AddQueryString("/connect/authorize", parameters.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
    }

    /// <summary>Follows the browser from the authorize URL until it leaves the Host (the app's callback) or stops on a page.</summary>
    public async Task<HttpResponseMessage> StartAsync(string? codeChallengeMethod = "S256", string? prompt = null) =>
        await browser.Client.GetAsync(new Uri(AuthorizeUrl(codeChallengeMethod, prompt), UriKind.Relative), BrowserSession.Ct);

    /// <summary>Follows redirects inside the Host; returns the last response (a page, or a redirect to the app).</summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        while (BrowserSession.IsRedirect(response) && !IsCallback(response.Headers.Location!))
        {
            response = await browser.Client.GetAsync(response.Headers.Location!, BrowserSession.Ct);
        }

        return response;
    }

    public bool IsCallback(Uri location) => location.IsAbsoluteUri && location.GetLeftPart(UriPartial.Path) == redirectUri;

    /// <summary>The parameters the app receives on its redirect URI.</summary>
    public static Dictionary<string, string> CallbackParameters(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(BrowserSession.IsRedirect(response), $"Expected a redirect to the app, got {(int)response.StatusCode}");
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    public async Task<HttpResponseMessage> RedeemAsync(string code, string? verifier = null) =>
        await Tokens.RequestAsync(browser.Client, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier ?? Pkce.Verifier,
        });

    public static bool IsOk(HttpResponseMessage response) => response?.StatusCode == HttpStatusCode.OK;
}
