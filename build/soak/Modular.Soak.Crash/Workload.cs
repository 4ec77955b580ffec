using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Modular.Bench;

namespace Modular.Soak;

/// <summary>
/// The clients: agent1 uploads documents, shares case files by key and sends documents by link;
/// agent2 imports each key twice at once; anyone redeems each link twice at once. Every answer is
/// written in the <see cref="Ledger"/>. During a cycle the clients loop until the Host is killed;
/// after a restart, keys and links already used are tried again and must be refused.
/// </summary>
internal sealed class Workload(SoakOptions options, Ledger ledger, Uri address)
{
    public const string Agent1 = "agent1@demo.test";
    public const string Agent2 = "agent2@demo.test";
    private const string Scope = "openid sharing vault.read vault.write";
    private readonly List<Guid> _documents = [];
    private string _agent1Token = "";
    private string _agent2Token = "";
    private volatile bool _stopping;
    private int _linkNumber;

    public Guid FolderId { get; private set; }

    /// <summary>Tokens asked for again because a restarted Host refused the ones it had issued.</summary>
    public int TokensRenewed { get; private set; }

    /// <summary>Real tokens of both agents, agent1's folder, and one document for the links to send.</summary>
    public async Task SetUpAsync()
    {
        await RenewTokensAsync();
        using var agent1 = Client(_agent1Token);
        using var created = await agent1.PostAsJsonAsync("/api/v1/vault/folders", new { name = $"Soak {options.Seed}", isPublic = false });
        created.EnsureSuccessStatusCode();
        using var folder = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        FolderId = folder.RootElement.GetProperty("id").GetGuid();
        await UploadAsync(agent1, new Random(options.Seed), 0);
        if (_documents.Count == 0)
        {
            throw new InvalidOperationException("The first upload was refused.");
        }
    }

    /// <summary>
    /// After a restart: the tokens still work (the development signing keys and the token entries are
    /// in the data folder), or they are asked for again and the renewal counted.
    /// </summary>
    public async Task CheckTokensAsync()
    {
        using var agent1 = Client(_agent1Token);
        using var me = await agent1.GetAsync("/api/v1/me");
        if (me.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            await RenewTokensAsync();
            TokensRenewed++;
        }
    }

    /// <summary>The clients of one cycle, until <paramref name="killAfter"/>, when the Host is killed under them.</summary>
    public async Task RunCycleAsync(int cycle, TimeSpan killAfter, HostProcess host)
    {
        _stopping = false;
        using var agent1 = Client(_agent1Token);
        using var agent2 = Client(_agent2Token);
        using var anonymous = Client(null);
        var loops = new List<Task>();
        for (var c = 0; c < options.ClientsPerKind; c++)
        {
            loops.Add(LoopAsync(Random(cycle, 3 * c), random => UploadAsync(agent1, random, cycle)));
            loops.Add(LoopAsync(Random(cycle, (3 * c) + 1), _ => ShareAsync(agent1, agent2, cycle)));
            loops.Add(LoopAsync(Random(cycle, (3 * c) + 2), random => SendLinkAsync(agent1, anonymous, random, cycle)));
        }

        await Task.Delay(killAfter);
        // No new request from here; those in flight meet the kill.
        _stopping = true;
        await host.KillAsync();
        await Task.WhenAll(loops);
    }

    /// <summary>Imports and redeems again keys and links that may be used already: a second success is a double use.</summary>
    public async Task TryAgainAsync(IEnumerable<KeyRecord> keys, IEnumerable<LinkRecord> links)
    {
        _stopping = false;
        using var agent2 = Client(_agent2Token);
        using var anonymous = Client(null);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 4 };
        await Parallel.ForEachAsync(keys, parallel, async (key, _) => await ImportAsync(agent2, key, "import again"));
        await Parallel.ForEachAsync(links.Where(l => l.Token is not null), parallel, async (link, _) => await RedeemAsync(anonymous, link, "redeem again"));
    }

    private async Task LoopAsync(Random random, Func<Random, Task> iteration)
    {
        // Let the clients start apart, not in one burst.
        await Task.Delay(random.Next(0, 50));
        while (!_stopping)
        {
            await iteration(random);
        }
    }

    private async Task UploadAsync(HttpClient agent1, Random random, int cycle)
    {
        // Mostly small files; now and then one large enough to be cut in the middle of its write.
        var size = random.Next(10) == 0 ? random.Next(256 * 1024, 2 * 1024 * 1024) : random.Next(1024, 64 * 1024);
        var bytes = new byte[size];
        random.NextBytes(bytes);
        // The vault reads the type from the first bytes: a PDF header, random bytes after it.
        "%PDF-1.7\n"u8.CopyTo(bytes);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var answer = await CallAsync("upload", 201, null, () =>
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", $"soak-{sha256[..12]}.pdf");
            return agent1.PostAsync($"/api/v1/vault/folders/{FolderId}/documents", form);
        });
        if (answer.Status == 201)
        {
            using var json = JsonDocument.Parse(answer.Body);
            var id = json.RootElement.GetProperty("ids")[0].GetGuid();
            ledger.Uploads.Enqueue(new UploadRecord(id, sha256, size, cycle));
            lock (_documents)
            {
                _documents.Add(id);
            }
        }
    }

    private async Task ShareAsync(HttpClient agent1, HttpClient agent2, int cycle)
    {
        var created = await CallAsync("case file", 201, null, () => agent1.PostAsJsonAsync("/api/v1/sharing/cases", new
        {
            client = new { lastName = "Soak", firstName = "Client", email = "client@soak.test" },
            policies = new[] { new { insurer = "AXA", number = $"HAB-{cycle}", product = "Habitation", annualPremium = 420.50m } },
            notes = "Dossier du test d'endurance",
            sections = new[] { new { title = "Sinistres", body = "Aucun" } },
        }));
        if (created.Status != 201 || _stopping)
        {
            return;
        }

        Guid caseId;
        using (var json = JsonDocument.Parse(created.Body))
        {
            caseId = json.RootElement.GetProperty("id").GetGuid();
        }

        var issued = await CallAsync("share key", 201, null, () => agent1.PostAsync($"/api/v1/sharing/cases/{caseId}/share-keys", null));
        if (issued.Status != 201)
        {
            return;
        }

        KeyRecord key;
        using (var json = JsonDocument.Parse(issued.Body))
        {
            key = new KeyRecord(json.RootElement.GetProperty("id").GetGuid(), json.RootElement.GetProperty("key").GetString()!, cycle);
        }

        ledger.Keys.Enqueue(key);
        if (!_stopping)
        {
            // The same key twice, side by side: one import at most may win it.
            await Task.WhenAll(ImportAsync(agent2, key, "import"), ImportAsync(agent2, key, "import"));
        }
    }

    private async Task ImportAsync(HttpClient agent2, KeyRecord key, string kind)
    {
        var answer = await CallAsync(kind, 201, 410, () => agent2.PostAsJsonAsync("/api/v1/sharing/imports", new { key = key.Key, confirmOverwrite = false }));
        if (answer.Status == 201)
        {
            key.Imported();
        }
    }

    private async Task SendLinkAsync(HttpClient agent1, HttpClient anonymous, Random random, int cycle)
    {
        Guid document;
        lock (_documents)
        {
            document = _documents[random.Next(_documents.Count)];
        }

        // The recipient names the link in the emails: unique to it, known before the request is sent.
        var number = Interlocked.Increment(ref _linkNumber);
        var link = new LinkRecord(string.Create(CultureInfo.InvariantCulture, $"soak-{options.Seed}-{cycle}-{number}@soak.test"), cycle);
        var code = random.Next(0, 1_000_000).ToString("000000", CultureInfo.InvariantCulture);
        ledger.Links.Enqueue(link);
        var created = await CallAsync("link", 201, null, () => agent1.PostAsJsonAsync("/api/v1/vault/download-links", new
        {
            documentIds = new[] { document },
            code,
            recipientEmail = link.Recipient,
        }));
        if (created.Status != 201)
        {
            return;
        }

        using (var json = JsonDocument.Parse(created.Body))
        {
            var url = json.RootElement.GetProperty("url").GetString()!;
            link.Code = code;
            link.Token = url[(url.LastIndexOf('/') + 1)..];
            link.Id = json.RootElement.GetProperty("id").GetGuid();
        }

        if (!_stopping)
        {
            // The same link and code twice, side by side: one redemption at most may win it.
            await Task.WhenAll(RedeemAsync(anonymous, link, "redeem"), RedeemAsync(anonymous, link, "redeem"));
        }
    }

    private async Task RedeemAsync(HttpClient anonymous, LinkRecord link, string kind)
    {
        var answer = await CallAsync(kind, 200, 410, () => anonymous.PostAsJsonAsync($"/api/v1/vault/download-links/{link.Token}/redeem", new { code = link.Code }));
        if (answer.Status == 200)
        {
            link.Redeemed();
        }
    }

    /// <summary>One request: acknowledged only when its whole answer was read.</summary>
    private async Task<Answer> CallAsync(string kind, int success, int? refusal, Func<Task<HttpResponseMessage>> send)
    {
        var tally = ledger.Of(kind);
        tally.Send();
        try
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status == success)
            {
                tally.Acknowledge();
            }
            else if (status == refusal)
            {
                tally.Refuse();
            }
            else
            {
                tally.Other(status);
            }

            return new Answer(status, body);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            tally.NoAnswer();
            return new Answer(0, "");
        }
    }

    private async Task RenewTokensAsync()
    {
        _agent1Token = await BenchTokens.UserTokenAsync(address, Agent1, Scope);
        _agent2Token = await BenchTokens.UserTokenAsync(address, Agent2, Scope);
    }

    public HttpClient Client(string? token)
    {
        // A new connection pool per cycle: the connections of a killed Host are dead.
        var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public HttpClient Agent1Client() => Client(_agent1Token);

    // Each client of each cycle draws from its own generator, derived from the seed.
    private Random Random(int cycle, int slot) => new(unchecked((options.Seed * 31) + (cycle * 7919) + slot));

    private sealed record Answer(int Status, string Body);
}
