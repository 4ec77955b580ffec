using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Support;

/// <summary>
/// The Host for API tests that need a clock they can move and callers at distinct addresses:
/// requests arrive as from a reverse proxy on the loopback, so <c>X-Forwarded-For</c> names the caller.
/// </summary>
public class SharingApiHost : ModularHostFactory
{
    private const string CliRedirect = "http://127.0.0.1:8765/callback";
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();

    public SharingApiHost() => Clock = Time;

    /// <summary>The Host's clock, which tests move ahead (a key's 30 days) without waiting.</summary>
    public AdjustableClock Time { get; } = new();

    /// <summary>A person's access token from the demo-cli app (authorization code + PKCE), one per person and scope set.</summary>
    public Task<string> TokenAsync(string email, string scope = "openid sharing") =>
        _tokens.GetOrAdd($"{email} {scope} {Time.Offset}", _ => SignInForTokenAsync(email, scope));

    /// <summary>A caller with a person's token, at an address of its own.</summary>
    public async Task<ApiCaller> CallerAsync(string email, string? address = null, string scope = "openid sharing") =>
        new(CreateApiClient(), await TokenAsync(email, scope), address);

    public HttpClient CreateApiClient() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, LoopbackProxy>());
    }

    private async Task<string> SignInForTokenAsync(string email, string scope)
    {
        using var browser = new BrowserSession(this);
        await browser.SignInWithCodeAsync(email);
        var flow = new AuthorizationCodeFlow(browser, "demo-cli", CliRedirect, scope);
        var code = AuthorizationCodeFlow.CallbackParameters(await flow.FollowAsync(await flow.StartAsync()))["code"];
        using var response = await flow.RedeemAsync(code);
        var json = await Tokens.JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"Token request for {email} failed: {json}");
        return json.GetProperty("access_token").GetString()!;
    }

    /// <summary>The test server gives no peer address: make every request come from a proxy on this machine.</summary>
    private sealed class LoopbackProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Calls to the API with a bearer token, from one client address (<c>X-Forwarded-For</c>).</summary>
public sealed class ApiCaller(HttpClient client, string? accessToken, string? address) : IDisposable
{
    private static int _nextAddress;

    /// <summary>Each caller its own documentation address (TEST-NET-3), so throttling counts stay apart unless a test shares one.</summary>
    public string Address { get; } = address ?? $"203.0.113.{Interlocked.Increment(ref _nextAddress) % 250 + 1}";

    public HttpClient Client => client;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(HttpMethod.Get, url);

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null) => SendAsync(HttpMethod.Post, url, body);

    public Task<HttpResponseMessage> PutAsync(string url, object body, string? ifMatch = null) =>
        SendAsync(HttpMethod.Put, url, body, request =>
        {
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }
        });

    public Task<HttpResponseMessage> PatchAsync(string url, object body) => SendAsync(HttpMethod.Patch, url, body);

    public Task<HttpResponseMessage> DeleteAsync(string url) => SendAsync(HttpMethod.Delete, url);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        request.Headers.TryAddWithoutValidation("X-Forwarded-For", Address);
        request.Content = body switch
        {
            null => null,
            HttpContent content => content,
            _ => JsonContent.Create(body),
        };
        configure?.Invoke(request);
        var response = await client.SendAsync(request, Ct);
        await response.Content.LoadIntoBufferAsync(Ct);
        return response;
    }

    /// <summary>The JSON body, after checking the status (the body is in the message when it differs).</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A problem details answer: status, content type, <c>type</c> and <c>code</c> checked; the document returned.</summary>
    public static async Task<JsonElement> ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await ExpectAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal("urn:modular:problem:" + code, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public void Dispose() => client.Dispose();
}

/// <summary>The same Host on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlSharingApiHost : SharingApiHost
{
    public PostgreSqlSharingApiHost() => UsePostgreSql();
}
