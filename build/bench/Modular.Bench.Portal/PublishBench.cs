using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.SharedKernel.Infrastructure.Seeding;

namespace Modular.Bench;

internal sealed record Rate(TimeSpan Elapsed, double[] LatenciesMs, int[] Statuses)
{
    public double PerSecond => Statuses.Length / Elapsed.TotalSeconds;

    public Latency Latency => new([.. LatenciesMs.Order()]);
}

internal sealed record PublishResult(int Publications, Rate MeBefore, Rate Publish, Rate MeAfter, int Published, int Counted, int Companies)
{
    /// <summary>The mean of GET /api/v1/me before and after the publications.</summary>
    public double Ceiling => (MeBefore.PerSecond + MeAfter.PerSecond) / 2;

    public double Ratio => Publish.PerSecond / Ceiling;

    public bool Sound => Published == Publications && Counted == Publications
        && MeBefore.Statuses.All(s => s == 200) && MeAfter.Statuses.All(s => s == 200);
}

/// <summary>
/// Publication throughput through the HTTP API, as the insurer's core system publishes: the Host
/// (Development, demo content, rate limits raised) on Kestrel in this process, an API client of
/// « Assurances Horizon » registered by the administrator in the back office (its secret read from
/// the page, as the administrator reads it), a client-credentials token with <c>portal.publish</c>,
/// then 8 clients sending <c>POST /api/v1/portal/companies/{id}/documents</c> (a distinct one-page
/// PDF each, so each is stored and read for its text) to the insurer's companies in turn. The
/// ceiling: <c>GET /api/v1/me</c> with the same token and clients, before and after.
/// </summary>
internal static class PublishBench
{
    public const int Clients = 8;

    private const int WarmUp = 16;

    public static async Task<PublishResult> RunAsync(int publications)
    {
        var (app, dataDirectory) = await BenchHost.StartAsync(new Dictionary<string, string?>
        {
            ["Modular:RateLimits:RequestsPerMinute"] = "100000000",
            ["Modular:RateLimits:AuthenticationPerMinute"] = "1000",
        });
        await using var _ = app;
        try
        {
            var baseAddress = new Uri(app.Urls.First());
            var (clientId, secret) = await RegisterApiClientAsync(baseAddress, "Système de gestion Horizon (banc d'essai)", "Assurances Horizon", "portal.publish");
            var token = await ClientCredentialsTokenAsync(baseAddress, clientId, secret, "portal.publish");
            using var api = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients * 2 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            var companies = await CompaniesAsync(api);
            var before = companies.Sum(c => c.Documents);
            var corpus = new PortalCorpus(seed: 1);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var letters = Enumerable.Range(0, publications + WarmUp).Select(_ => corpus.Next(today)).ToArray();
            var pdfs = letters.Select(l => DemoPdf.Create(l.Title, l.Text.Split('\n'))).ToArray();
            Task<int> PublishAsync(int i) => SendAsync(api, companies[i % companies.Count].Id, letters[i], pdfs[i]);

            // Warm-up, not counted: the first publications and calls compile and fill caches.
            for (var i = 0; i < WarmUp; i++)
            {
                if (await PublishAsync(publications + i) != 201)
                {
                    throw new InvalidOperationException("A warm-up publication was refused.");
                }
            }

            var meCount = Math.Max(publications, 2000);
            await RunAsync(200, async _ => await StatusAsync(api, "/api/v1/me"));
            var meBefore = await RunAsync(meCount, async _ => await StatusAsync(api, "/api/v1/me"));
            var publish = await RunAsync(publications, PublishAsync);
            var meAfter = await RunAsync(meCount, async _ => await StatusAsync(api, "/api/v1/me"));
            var after = (await CompaniesAsync(api)).Sum(c => c.Documents);
            return new PublishResult(publications, meBefore, publish, meAfter, publish.Statuses.Count(s => s == 201), after - before - WarmUp, companies.Count);
        }
        finally
        {
            await app.StopAsync();
            try
            {
                Directory.Delete(Path.Combine(dataDirectory, "blobs"), recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>8 clients send <paramref name="count"/> calls between them; each call's status and latency.</summary>
    private static async Task<Rate> RunAsync(int count, Func<int, Task<int>> call)
    {
        var latencies = new double[count];
        var statuses = new int[count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                statuses[i] = await call(i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        return new Rate(clock.Elapsed, latencies, statuses);
    }

    private static async Task<int> StatusAsync(HttpClient api, string url)
    {
        using var response = await api.GetAsync(url);
        await response.Content.LoadIntoBufferAsync();
        return (int)response.StatusCode;
    }

    /// <summary>One publication as the core system sends it: the fields first, then the PDF.</summary>
    private static async Task<int> SendAsync(HttpClient api, Guid companyId, CorpusDocument letter, byte[] pdf)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(letter.Line), "line" },
            { new StringContent(letter.Type), "type" },
            { new StringContent(letter.Title), "title" },
            { new StringContent(letter.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "documentDate" },
        };
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "lettre.pdf");
        using var response = await api.PostAsync($"/api/v1/portal/companies/{companyId}/documents", content);
        await response.Content.LoadIntoBufferAsync();
        return (int)response.StatusCode;
    }

    private static async Task<List<(Guid Id, int Documents)>> CompaniesAsync(HttpClient api)
    {
        using var response = await api.GetAsync("/api/v1/portal/companies");
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var companies = json.RootElement.EnumerateArray().Select(c => (c.GetProperty("id").GetGuid(), c.GetProperty("documentCount").GetInt32())).ToList();
        return companies.Count > 0 ? companies : throw new InvalidOperationException("The demo insurer has no client company: is the demo content seeded?");
    }

    /// <summary>
    /// What the administrator does in the back office: signs in, opens the form of a new API client,
    /// names it, picks the organisation and the scopes, and copies the secret shown once.
    /// </summary>
    private static async Task<(string ClientId, string Secret)> RegisterApiClientAsync(Uri baseAddress, string name, string organisation, string scopes)
    {
        using var handler = new LoopbackCookieJar(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var admin = new HttpClient(handler) { BaseAddress = baseAddress };
        var login = await admin.GetStringAsync("/Identity/Account/Login");
        using (var credentials = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "admin@demo.test",
            ["Input.Password"] = "Demo-Passw0rd!",
            ["__RequestVerificationToken"] = Antiforgery(login),
        }))
        {
            var signedIn = await admin.PostAsync("/Identity/Account/Login", credentials);
            if (signedIn.StatusCode != HttpStatusCode.Redirect && signedIn.StatusCode != HttpStatusCode.Found)
            {
                throw new InvalidOperationException($"The administrator's sign-in answered {(int)signedIn.StatusCode}.");
            }
        }

        var form = await admin.GetStringAsync("/Admin/ApiClients/Create");
        var organisationId = Regex.Match(form, $"<option value=\"([^\"]+)\">{Regex.Escape(organisation)}</option>").Groups[1].Value;
        if (organisationId.Length == 0)
        {
            throw new InvalidOperationException($"No organisation « {organisation} » on the back office's form.");
        }

        var fields = new List<KeyValuePair<string, string>>
        {
            new("DisplayName", name),
            new("OrganisationId", organisationId),
            new("__RequestVerificationToken", Antiforgery(form)),
        };
        fields.AddRange(scopes.Split(' ').Select(scope => new KeyValuePair<string, string>("Scopes", scope)));
        using var content = new FormUrlEncodedContent(fields);
        var created = await (await admin.PostAsync("/Admin/ApiClients/Create", content)).Content.ReadAsStringAsync();
        var secret = WebUtility.HtmlDecode(Regex.Match(created, "id=\"client-secret\"[^>]*value=\"([^\"]+)\"").Groups[1].Value);
        var clientId = Regex.Match(created, "client-[0-9a-f]{16}").Value;
        return secret.Length > 0 && clientId.Length > 0
            ? (clientId, secret)
            : throw new InvalidOperationException("The back office did not show the new client's id and secret.");
    }

    private static async Task<string> ClientCredentialsTokenAsync(Uri baseAddress, string clientId, string secret, string scope)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var request = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        });
        var response = await http.PostAsync("/connect/token", request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static string Antiforgery(string page) =>
        Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
}
