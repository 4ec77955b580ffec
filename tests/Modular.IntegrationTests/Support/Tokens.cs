using System.Net.Http.Headers;
using System.Text.Json;

namespace Modular.IntegrationTests.Support;

/// <summary>Calls to the token endpoint, as a third-party system makes them.</summary>
public static class Tokens
{
    public static async Task<HttpResponseMessage> RequestAsync(HttpClient client, IDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri("/connect/token", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public static async Task<string> ClientCredentialsAsync(HttpClient client, string scope, string clientId = "demo-partner", string secret = "demo-partner-secret")
    {
        using var response = await RequestAsync(client, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        });
        var json = await JsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"Token request failed: {json}");
        return json.GetProperty("access_token").GetString()!;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static HttpRequestMessage Get(string url, string? accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return request;
    }
}
