using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Sharing;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Vault;
using Npgsql;

namespace Modular.IntegrationTests.ScaleOut;

/// <summary>
/// Every single-use guarantee holds across two Hosts on one PostgreSQL: requests of one person or
/// of many are split between the Hosts, as a load balancer would, and what is stored is checked.
/// </summary>
public sealed class TwoHostsTests(TwoHostsFixture hosts) : IClassFixture<TwoHostsFixture>
{
    private const string Code = "731946";

    [Fact]
    public async Task A_sign_in_made_by_one_Host_is_honoured_by_the_other()
    {
        var (onA, onB) = hosts.OneBrowser();
        using (onA)
        using (onB)
        {
            Assert.True(BrowserSession.IsRedirect(await onA.SignInAsync("agent1@demo.test")), hosts.Output);
            var (response, _) = await onB.GetAsync("/Vault");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

            // A form served by B is accepted by A: the antiforgery token is protected with the shared keys.
            var folder = await VaultPagesTests.CreateFolderAsync(onB, VaultPagesTests.Unique("Dossier réparti"));
            Assert.Equal(System.Net.HttpStatusCode.OK, (await onA.GetAsync(VaultPagesTests.FolderUrl(folder))).Response.StatusCode);
        }
    }

    [Fact]
    public async Task A_token_revoked_on_one_Host_is_refused_there_at_once_and_on_the_other_within_its_cache_lifetime()
    {
        using var a = new HttpClient { BaseAddress = hosts.A };
        using var b = new HttpClient { BaseAddress = hosts.B };
        var token = await Tokens.ClientCredentialsAsync(a, "identity.read");
        foreach (var client in new[] { a, b })
        {
            using var before = Tokens.Get("/api/v1/me", token);
            using var answer = await client.SendAsync(before, Ct);
            Assert.True(answer.StatusCode == System.Net.HttpStatusCode.OK, $"{client.BaseAddress}: {answer.StatusCode} {answer.Headers.WwwAuthenticate}");
        }

        using var revocation = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["token_type_hint"] = "access_token", ["client_id"] = "demo-partner", ["client_secret"] = "demo-partner-secret",
        });
        Assert.Equal(System.Net.HttpStatusCode.OK, (await a.PostAsync(new Uri("/connect/revoke", UriKind.Relative), revocation, Ct)).StatusCode);
        using (var onA = Tokens.Get("/api/v1/me", token))
        {
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await a.SendAsync(onA, Ct)).StatusCode);
        }

        // B read the token's state before the revocation: it may answer from it for 5 seconds at most (ADR 0045).
        var revokedAt = DateTime.UtcNow;
        System.Net.HttpStatusCode status;
        do
        {
            await Task.Delay(200, Ct);
            using var onB = Tokens.Get("/api/v1/me", token);
            status = (await b.SendAsync(onB, Ct)).StatusCode;
        }
        while (status == System.Net.HttpStatusCode.OK && DateTime.UtcNow - revokedAt < TimeSpan.FromSeconds(8));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, status);
        Assert.True(DateTime.UtcNow - revokedAt <= TimeSpan.FromSeconds(5.5), $"B still took the token {DateTime.UtcNow - revokedAt} after its revocation");
    }

    [Fact]
    public async Task Twenty_right_codes_split_across_both_Hosts_open_exactly_one_session()
    {
        var path = await LinkAsync();
        var recipients = Enumerable.Range(0, 20).Select(i => new BrowserSession(i % 2 == 0 ? hosts.A : hosts.B)).ToList();
        try
        {
            var forms = await Task.WhenAll(recipients.Select(async r => (await r.GetAsync(path)).Document));
            var pages = await Task.WhenAll(recipients.Select(async (r, i) =>
                (await r.FollowAsync(await r.SubmitAsync(forms[i], new Dictionary<string, string> { ["Code"] = Code }))).Document));

            Assert.Equal(1, pages.Count(p => p.QuerySelector("[data-testid=session-open]") is not null));
            Assert.All(pages.Where(p => p.QuerySelector("[data-testid=session-open]") is null), p =>
                Assert.Equal("Ce lien a déjà été utilisé : il est unique et n'est plus valable. Demandez un nouveau lien à l'expéditeur.", p.QuerySelector("[data-testid=link-error]")?.TextContent));
            Assert.Equal(1L, await ScalarAsync($"SELECT count(*) FROM vault.download_links WHERE \"Id\" = (SELECT \"Id\" FROM vault.download_links ORDER BY \"CreatedAt\" DESC LIMIT 1) AND \"UsedAt\" IS NOT NULL"));
        }
        finally
        {
            recipients.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task Wrong_codes_counted_on_one_Host_block_the_link_on_the_other()
    {
        var path = await LinkAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var recipient = new BrowserSession(attempt % 2 == 0 ? hosts.A : hosts.B);
            var (_, form) = await recipient.GetAsync(path);
            await recipient.SubmitAsync(form, new Dictionary<string, string> { ["Code"] = "000000" });
        }

        // Five wrong codes, alternately on A and B, block the link everywhere: no code is asked any more.
        foreach (var host in new[] { hosts.A, hosts.B })
        {
            using var late = new BrowserSession(host);
            var (_, page) = await late.GetAsync(path);
            Assert.Null(page.QuerySelector("input[name=Code]"));
            Assert.Contains("bloqué", page.QuerySelector("[data-testid=link-error]")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM vault.download_links WHERE \"FailedAttempts\" = 5 AND \"LockedAt\" IS NOT NULL AND \"UsedAt\" IS NULL"));
    }

    [Fact]
    public async Task A_share_key_imported_by_fifty_requests_across_both_Hosts_makes_exactly_one_copy()
    {
        string key;
        using (var issuer = new BrowserSession(hosts.A))
        {
            Assert.True(BrowserSession.IsRedirect(await issuer.SignInAsync("agent1@demo.test")), hosts.Output);
            var caseFile = await SharingPagesTests.CreateCaseAsync(issuer, "Réparti-" + Guid.NewGuid().ToString("N")[..6]);
            key = (await SharingPagesTests.ShareAsync(issuer, caseFile)).Key;
        }

        var (onA, onB) = hosts.OneBrowser();
        using (onA)
        using (onB)
        {
            Assert.True(BrowserSession.IsRedirect(await onA.SignInAsync("agent2@demo.test")), hosts.Output);
            var copiesBefore = await ScalarAsync("SELECT count(*) FROM sharing.case_files");
            var forms = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i => (await (i % 2 == 0 ? onA : onB).GetAsync("/Sharing/Import")).Document));
            var answers = await Task.WhenAll(forms.Select((form, i) => (i % 2 == 0 ? onA : onB).SubmitAsync(form, new Dictionary<string, string> { ["Key"] = key })));

            Assert.Equal(1, answers.Count(a => a.Headers.Location?.ToString().StartsWith("/Sharing/CaseFiles/Details/", StringComparison.Ordinal) == true));
            Assert.Equal(copiesBefore + 1, await ScalarAsync("SELECT count(*) FROM sharing.case_files"));
        }
    }

    [Fact]
    public async Task Two_hundred_messages_queued_while_both_delivery_workers_run_are_each_sent_once()
    {
        var before = (await hosts.Mail.EmailsAsync()).Count;
        var batch = Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(hosts.Database))
        {
            await connection.OpenAsync(Ct);
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO notifications.messages ("Id", "IdempotencyKey", "TemplateKey", "Culture", "Channel", "RecipientName", "RecipientAddress",
                    "Subject", "HtmlBody", "TextBody", "SendingModule", "Status", "Attempts", "CreatedAt", "NextAttemptAt")
                SELECT gen_random_uuid(), 'scale-' || @batch || '-' || n, 'scale.test', 'fr', 'Email', 'Destinataire ' || n, 'scale-' || n || '@example.fr',
                    'Message ' || n || ' (' || @batch || ')', '<p>Bonjour</p>', 'Bonjour', 'Tests', 'Pending', 0, now(), now()
                FROM generate_series(1, 200) AS n
                """;
            insert.Parameters.AddWithValue("batch", batch);
            Assert.Equal(200, await insert.ExecuteNonQueryAsync(Ct));
        }

        await hosts.Mail.WaitForAsync(before + 200, TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(2), Ct); // a duplicate would arrive now
        var subjects = (await hosts.Mail.EmailsAsync()).Select(e => e.GetProperty("subject").GetString()!).Where(s => s.Contains(batch, StringComparison.Ordinal)).ToList();
        Assert.Equal(200, subjects.Count);
        Assert.Equal(200, subjects.Distinct().Count());
        Assert.Equal(200L, await ScalarAsync($"SELECT count(*) FROM notifications.messages WHERE \"Status\" = 'Delivered' AND \"IdempotencyKey\" LIKE 'scale-{batch}-%'"));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A folder with one document and a download link protected by <see cref="Code"/>, made on Host A; its path.</summary>
    private async Task<string> LinkAsync()
    {
        using var agent = new BrowserSession(hosts.A);
        Assert.True(BrowserSession.IsRedirect(await agent.SignInAsync("agent1@demo.test")), hosts.Output);
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier lien"));
        var (_, page) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        await VaultPagesTests.UploadAsync(agent, page, ("attestation.pdf", VaultPagesTests.Pdf(1500)));
        var (_, form) = await agent.GetAsync($"/Vault/Folders/Link/{folder}");
        var document = form.QuerySelectorAll("[data-testid=link-document]").OfType<IHtmlInputElement>().Single().Value;
        var created = await BrowserSession.ParseAsync(await agent.SubmitAsync(form, new Dictionary<string, string> { ["DocumentIds[0]"] = document, ["Code"] = Code }));
        return new Uri(created.QuerySelector<IHtmlInputElement>("[data-testid=link-url]")!.Value).AbsolutePath;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(hosts.Database);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
