using System.Net;
using Modular.Host.Hosting;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Hosting;

public sealed class JournalIntegrityOnSqliteTests() : JournalIntegrityTests(new SharingApiHost());

public sealed class JournalIntegrityOnPostgreSqlTests() : JournalIntegrityTests(new PostgreSqlSharingApiHost());

/// <summary>
/// The chained journals (ADR 0052) on the real Host: a line is sealed by the Host within seconds of
/// being written; « Vérifier l'intégrité » finds every journal of the organisation intact, then names
/// the line an operator edited in the database, and <c>verify-journals</c> names it and a deleted line.
/// </summary>
public abstract class JournalIntegrityTests(SharingApiHost host) : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_line_edited_or_deleted_in_the_database_is_reported_at_its_place_on_the_page_and_by_the_command()
    {
        using var agent = await host.CallerAsync("agent1@demo.test", scope: "openid sharing vault.read vault.write");
        var folder = (await ExpectAsync(await agent.PostAsync("/api/v1/vault/folders", new { name = "Intégrité", isPublic = false }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var caseFile = (await ExpectAsync(await agent.PostAsync("/api/v1/sharing/cases", CaseFile("Première note")), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        for (var revision = 1; revision <= 2; revision++)
        {
            await ExpectAsync(await agent.PutAsync($"/api/v1/sharing/cases/{caseFile}", new { revision, content = CaseFile($"Note {revision + 1}") }), HttpStatusCode.OK);
        }

        // Nobody asks: the Host seals the folder's first line into its organisation's chain by itself.
        var position = await SealedPositionAsync(folder);

        using var browser = new BrowserSession(host);
        await browser.SignInAsync("agent1@demo.test");
        var intact = await VerifyAsync(browser);
        Assert.Equal("true", intact.QuerySelector("[data-testid=integrity-summary]")?.GetAttribute("data-intact"));
        Assert.Equal(["vault", "sharing", "portal", "portfolio"], intact.QuerySelectorAll("[data-testid=integrity-row]").Select(r => r.GetAttribute("data-journal")));
        Assert.True(long.Parse(Row(intact, "vault").QuerySelector("[data-testid=integrity-checked]")!.TextContent.Replace("\u202f", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= position);
        Assert.Equal("3", Row(intact, "sharing").QuerySelector("[data-testid=integrity-checked]")!.TextContent);

        // An operator changes what the folder's line says, behind the Host's back.
        Assert.Equal(1, await host.ExecuteAsync("Vault", $"UPDATE journal_entries SET \"Detail\" = '{{\"name\":\"Falsifié\"}}' WHERE {host.GuidEquals("FolderId", folder)}"));
        var altered = await VerifyAsync(browser);
        Assert.Equal("false", altered.QuerySelector("[data-testid=integrity-summary]")?.GetAttribute("data-intact"));
        var verdict = Row(altered, "vault").QuerySelector("[data-testid=integrity-verdict]")!.TextContent;
        Assert.Contains($"Rompu à l'entrée n° {position} du ", verdict, StringComparison.Ordinal);
        Assert.Contains("l'entrée a été modifiée après son enregistrement", verdict, StringComparison.Ordinal);
        Assert.Equal("true", Row(altered, "sharing").GetAttribute("data-intact"));

        // The case file's second history line deleted: the command names both breaks and fails.
        Assert.Equal(1, await host.ExecuteAsync("Sharing", $"DELETE FROM case_file_history WHERE \"ChainPosition\" = 2 AND {host.GuidEquals("CaseFileId", caseFile)}"));
        using var output = new StringWriter();
        Assert.Equal(1, await JournalIntegrity.RunAsync(host.Services, output, Ct));
        var report = output.ToString();
        Assert.Contains($": BROKEN at entry {position} (", report, StringComparison.Ordinal);
        Assert.Contains("changed after it was sealed", report, StringComparison.Ordinal);
        Assert.Matches($@"sharing {caseFile}: BROKEN at entry 2 \(.*\): an entry was deleted; 1 entries before it hold\.", report);
        Assert.Matches(@" broken\.", report);

        // Someone outside any organisation has no journal to check.
        using var outsider = new BrowserSession(host);
        await outsider.SignInAsync("external@demo.test");
        var (refused, _) = await outsider.GetAsync("/Journals/Integrity");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private static object CaseFile(string notes) => new
    {
        client = new { lastName = "Intégrité", firstName = "Claire", birthDate = "1984-03-09", email = "claire@example.test", phone = (string?)null, address = "1 rue de la Paix, 75002 Paris" },
        policies = Array.Empty<object>(),
        notes,
        sections = Array.Empty<object>(),
    };

    private static AngleSharp.Dom.IElement Row(AngleSharp.Html.Dom.IHtmlDocument page, string journal) =>
        page.QuerySelector($"[data-testid=integrity-row][data-journal={journal}]") ?? throw new Xunit.Sdk.XunitException($"No row for {journal}: {page.Body?.TextContent}");

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> VerifyAsync(BrowserSession browser)
    {
        var response = await browser.PostFormAsync("/Journals/Integrity", new Dictionary<string, string> { ["journal"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BrowserSession.ParseAsync(response);
    }

    private async Task<long> SealedPositionAsync(Guid folder)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var position = await host.ScalarAsync<long?>("Vault", $"SELECT \"ChainPosition\" FROM journal_entries WHERE {host.GuidEquals("FolderId", folder)}");
            if (position is { } sealedAt)
            {
                return sealedAt;
            }

            Assert.True(DateTime.UtcNow < deadline, "The folder's journal line was not sealed within 20 s.");
            await Task.Delay(200, Ct);
        }
    }
}
