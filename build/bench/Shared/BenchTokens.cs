using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Modular.Bench;

/// <summary>Real user tokens for the benchmarks, shared by them.</summary>
internal static class BenchTokens
{
    /// <summary>
    /// A user's access token the way an app gets one: authorization code + PKCE with the demo-cli
    /// client (consent is implicit for it), signing in through the login page.
    /// </summary>
    public static async Task<string> UserTokenAsync(Uri baseAddress, string email, string scope)
    {
        using var handler = new LoopbackCookieJar(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var http = new HttpClient(handler) { BaseAddress = baseAddress };
        const string redirect = "http://127.0.0.1:8765/callback";
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = $"/connect/authorize?client_id=demo-cli&response_type=code&redirect_uri={Uri.EscapeDataString(redirect)}"
            + $"&scope={Uri.EscapeDataString(scope)}&state=bench&code_challenge={challenge}&code_challenge_method=S256";

        var response = await http.GetAsync(authorize);
        response = await SignInAsync(http, response.Headers.Location!.OriginalString, email);
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && !response.Headers.Location!.OriginalString.StartsWith(redirect, StringComparison.Ordinal))
        {
            response = await http.GetAsync(response.Headers.Location);
        }

        var callback = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"Sign-in of {email} did not end on the callback ({response.StatusCode}).");
        var code = Uri.UnescapeDataString(Regex.Match(callback, "[?&]code=([^&]+)").Groups[1].Value);
        using var exchange = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "demo-cli",
            ["code"] = code,
            ["redirect_uri"] = redirect,
            ["code_verifier"] = verifier,
        });
        var token = await http.PostAsync("/connect/token", exchange);
        token.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A browser's session: a client that keeps the Host's cookies, signed in through the login page.</summary>
    public static async Task<HttpClient> SignedInAsync(Uri baseAddress, string email)
    {
        var http = new HttpClient(new LoopbackCookieJar(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })) { BaseAddress = baseAddress };
        using var response = await SignInAsync(http, "/Identity/Account/Login", email);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther) || response.Headers.Location?.OriginalString.Contains("Login", StringComparison.Ordinal) == true)
        {
            http.Dispose();
            throw new InvalidOperationException($"Sign-in of {email} failed ({response.StatusCode}, {response.Headers.Location}).");
        }

        return http;
    }

    /// <summary>Fills and posts the login page at <paramref name="login"/> (its return address kept) with the demo password.</summary>
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient http, string login, string email)
    {
        var page = await http.GetStringAsync(login);
        var antiforgery = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var returnUrl = WebUtility.HtmlDecode(Regex.Match(page, "name=\"ReturnUrl\" value=\"([^\"]*)\"").Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Demo-Passw0rd!",
            ["ReturnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = antiforgery,
        });
        return await http.PostAsync(login, form);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// Keeps the Host's cookies like a browser on loopback does: the session cookie is Secure
/// (<c>__Host-</c>), which browsers accept on http://127.0.0.1 but .NET's CookieContainer does not send.
/// </summary>
internal sealed class LoopbackCookieJar(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var pair in setCookies.Select(c => c.Split(';', 2)[0].Split('=', 2)))
            {
                _cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }
}
