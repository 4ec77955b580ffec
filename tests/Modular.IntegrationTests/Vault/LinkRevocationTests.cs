using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using static Modular.IntegrationTests.Support.ApiCaller;
using static Modular.IntegrationTests.Vault.VaultApiCalls;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// Revoking a download link sent to the wrong person, from the folder's list of links and from the
/// API: the link then opens nothing and says why, a download session open from it stops, and only
/// those who manage the folder can do it.
/// </summary>
public sealed class LinkRevocationOnSqliteTests(VaultApiFixture fixture) : LinkRevocationTests(fixture), IClassFixture<VaultApiFixture>;

public sealed class LinkRevocationOnPostgreSqlTests(PostgreSqlVaultApiFixture fixture) : LinkRevocationTests(fixture), IClassFixture<PostgreSqlVaultApiFixture>;

public abstract class LinkRevocationTests(VaultApiFixture fixture)
{
    private const string Revoked = "Ce lien a été révoqué par l'expéditeur : il ne permet plus de télécharger les documents. Demandez-lui un nouveau lien si besoin.";

    [Fact]
    public async Task An_agent_revokes_an_active_link_from_the_folder_page_and_the_link_then_says_it_was_revoked()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("carte grise.pdf", VaultPagesTests.Pdf(900)));
        var link = await CreateLinkAsync(agent1, ids, "246810", "mauvais.destinataire@exemple.test");
        var other = await CreateLinkAsync(agent1, ids, "135791", recipient: null);

        using var page = await SignedInAsync("agent1@demo.test");
        var (_, details) = await page.GetAsync(VaultPagesTests.FolderUrl(folder));
        var row = Row(details, link.Id);
        Assert.Equal("Actif", Cell(row, "link-status"));
        var revoked = await page.SubmitFormAsync(details, (IHtmlFormElement)row.QuerySelector("[data-testid=revoke-link-form]")!, new Dictionary<string, string>());
        Assert.True(BrowserSession.IsRedirect(revoked), $"expected a redirect, got {(int)revoked.StatusCode}");
        Assert.EndsWith("#links", revoked.Headers.Location!.ToString(), StringComparison.Ordinal);
        var (_, after) = await page.FollowAsync(revoked);
        Assert.Equal("Lien révoqué : il ne permet plus de télécharger les documents.", after.QuerySelector("[data-testid=status-message]")!.TextContent);
        row = Row(after, link.Id);
        Assert.Equal("Révoqué", Cell(row, "link-status"));
        Assert.StartsWith("le ", Cell(row, "link-revoked-at"), StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("[data-testid=revoke-link]"));
        Assert.Equal("Actif", Cell(Row(after, other.Id), "link-status"));
        Assert.NotNull(Row(after, other.Id).QuerySelector("[data-testid=revoke-link]"));
        var line = after.QuerySelectorAll("[data-testid=journal-entry]").First();
        Assert.Equal("LinkRevoked", line.GetAttribute("data-kind"));
        Assert.Equal("Lien de téléchargement révoqué", Cell(line, "journal-kind"));
        Assert.Equal("1 document pour mauvais.destinataire@exemple.test", Cell(line, "journal-detail"));

        // The recipient opens the link in another browser: it says it was revoked, and asks for no code.
        using var recipient = new BrowserSession(fixture.Host);
        var (opened, publicPage) = await recipient.GetAsync($"/l/{link.Token}");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(Revoked, publicPage.QuerySelector("[data-testid=link-error]")!.TextContent);
        Assert.Null(publicPage.QuerySelector("[data-testid=link-code]"));
        var (_, english) = await recipient.GetAsync($"/l/{link.Token}?culture=en-GB");
        Assert.Equal("This link was revoked by its sender: it no longer gives access to the documents. Ask the sender for a new link if you need one.", english.QuerySelector("[data-testid=link-error]")!.TextContent);

        // The right code no longer opens anything, through the API either; a revoked link is gone, not unknown.
        using var anonymous = fixture.Host.CreateApiClient();
        var problem = await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{link.Token}/redeem", new { code = "246810" }, Ct), HttpStatusCode.Gone, "link-revoked");
        Assert.Equal(Revoked, problem.GetProperty("detail").GetString());

        var listed = (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray().ToList();
        var revokedLink = listed.Single(l => l.GetProperty("id").GetGuid() == link.Id);
        Assert.Equal("Revoked", revokedLink.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, revokedLink.GetProperty("revokedAt").ValueKind);
        Assert.False(revokedLink.GetProperty("canRevoke").GetBoolean());
        Assert.True(listed.Single(l => l.GetProperty("id").GetGuid() == other.Id).GetProperty("canRevoke").GetBoolean());
    }

    [Fact]
    public async Task The_API_revokes_once_then_says_why_not_and_the_journal_keeps_one_line()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", VaultPagesTests.Pdf(700)));
        var link = await CreateLinkAsync(agent1, ids, "112233", recipient: null);

        var first = await agent1.DeleteAsync($"{Links}/{link.Id}");
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        var again = await ExpectProblemAsync(await agent1.DeleteAsync($"{Links}/{link.Id}"), HttpStatusCode.Conflict, "link-not-revocable");
        Assert.Equal("revoked", again.GetProperty("reason").GetString());
        Assert.Equal("Ce lien a déjà été révoqué.", again.GetProperty("detail").GetString());
        var english = await ExpectProblemAsync(
            await agent1.SendAsync(HttpMethod.Delete, $"{Links}/{link.Id}", configure: r => r.Headers.AcceptLanguage.ParseAdd("en-GB")), HttpStatusCode.Conflict, "link-not-revocable");
        Assert.Equal("This link has already been revoked.", english.GetProperty("detail").GetString());

        var journal = (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}"), HttpStatusCode.OK)).GetProperty("journal").EnumerateArray()
            .Where(j => j.GetProperty("kind").GetString() == "LinkRevoked").ToList();
        Assert.Equal("1", Assert.Single(journal).GetProperty("values").GetProperty("count").GetString());
    }

    [Fact]
    public async Task Revoking_a_used_link_stops_its_open_download_session()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var bytes = VaultPagesTests.Pdf(1200);
        var ids = await UploadAsync(agent1, folder, ("relevé.pdf", bytes));
        var link = await CreateLinkAsync(agent1, ids, "445566", "client@exemple.test");

        // The wrong person has typed the code and started downloading.
        using var anonymous = fixture.Host.CreateApiClient();
        var session = (await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{link.Token}/redeem", new { code = "445566" }, Ct), HttpStatusCode.OK)).GetProperty("sessionToken").GetString()!;
        var fetched = await FetchAsync(anonymous, $"{Links}/{link.Token}/files/{ids[0]}", session);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(bytes, await fetched.Content.ReadAsByteArrayAsync(Ct));
        using var browser = new BrowserSession(fixture.Host);
        var browserLink = await CreateLinkAsync(agent1, ids, "778899", recipient: null);
        var (_, open) = await browser.GetAsync($"/l/{browserLink.Token}");
        var (_, opened) = await browser.FollowAsync(await browser.SubmitAsync(open, new Dictionary<string, string> { ["Code"] = "778899" }));
        Assert.NotNull(opened.QuerySelector("[data-testid=session-open]"));
        var fileUrl = opened.QuerySelector("[data-testid=link-file] a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync(new Uri(fileUrl, UriKind.Relative), Ct)).StatusCode);

        var listed = (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.All(listed, l => Assert.Equal("Used", l.GetProperty("status").GetString()));
        Assert.All(listed, l => Assert.True(l.GetProperty("canRevoke").GetBoolean()));

        Assert.Equal(HttpStatusCode.NoContent, (await agent1.DeleteAsync($"{Links}/{link.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await agent1.DeleteAsync($"{Links}/{browserLink.Id}")).StatusCode);

        await ExpectProblemAsync(await FetchAsync(anonymous, $"{Links}/{link.Token}/files/{ids[0]}", session), HttpStatusCode.Gone, "link-revoked");
        await ExpectProblemAsync(await FetchAsync(anonymous, $"{Links}/{link.Token}/files.zip", session), HttpStatusCode.Gone, "link-revoked");

        // In the browser, the next file leads back to the link's page, which says why.
        var refused = await browser.Client.GetAsync(new Uri(fileUrl, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal($"/l/{browserLink.Token}", refused.Headers.Location!.ToString());
        var (_, explained) = await browser.GetAsync($"/l/{browserLink.Token}");
        Assert.Equal(Revoked, explained.QuerySelector("[data-testid=link-error]")!.TextContent);

        var journal = (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}"), HttpStatusCode.OK)).GetProperty("journal").EnumerateArray()
            .Where(j => j.GetProperty("kind").GetString() == "LinkRevoked").Select(j => j.GetProperty("values")).ToList();
        Assert.Contains(journal, v => v.GetProperty("variant").GetString() == "recipient-session" && v.GetProperty("recipient").GetString() == "client@exemple.test");
        Assert.Contains(journal, v => v.GetProperty("variant").GetString() == "session");
        using var page = await SignedInAsync("agent1@demo.test");
        var (_, details) = await page.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Contains("1 document pour client@exemple.test ; la session de téléchargement en cours a été arrêtée",
            details.QuerySelectorAll("[data-kind=LinkRevoked] [data-testid=journal-detail]").Select(d => d.TextContent));
    }

    [Fact]
    public async Task A_link_that_can_no_longer_be_used_cannot_be_revoked_and_says_why()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("mandat.pdf", VaultPagesTests.Pdf(650)));
        var locked = await CreateLinkAsync(agent1, ids, "121212", recipient: null);
        var used = await CreateLinkAsync(agent1, ids, "343434", recipient: null);
        var expiring = await CreateLinkAsync(agent1, ids, "565656", recipient: null);
        using var anonymous = fixture.Host.CreateApiClient();
        for (var i = 0; i < 5; i++)
        {
            await anonymous.PostAsJsonAsync($"{Links}/{locked.Token}/redeem", new { code = "000000" }, Ct);
        }

        await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{used.Token}/redeem", new { code = "343434" }, Ct), HttpStatusCode.OK);
        var problem = await ExpectProblemAsync(await agent1.DeleteAsync($"{Links}/{locked.Id}"), HttpStatusCode.Conflict, "link-not-revocable");
        Assert.Equal("locked", problem.GetProperty("reason").GetString());
        Assert.Equal("Ce lien est bloqué après 5 codes erronés : il ne permet déjà plus de télécharger les documents.", problem.GetProperty("detail").GetString());

        // Once the download session is over, there is nothing left to revoke; past its expiry, a link opens nothing anyway.
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(31));
        using var later = await fixture.CallerAsync("agent1@demo.test");
        problem = await ExpectProblemAsync(await later.DeleteAsync($"{Links}/{used.Id}"), HttpStatusCode.Conflict, "link-not-revocable");
        Assert.Equal("used", problem.GetProperty("reason").GetString());
        fixture.Host.Time.Advance(TimeSpan.FromDays(14));
        using var muchLater = await fixture.CallerAsync("agent1@demo.test");
        problem = await ExpectProblemAsync(await muchLater.DeleteAsync($"{Links}/{expiring.Id}"), HttpStatusCode.Conflict, "link-not-revocable");
        Assert.Equal("expired", problem.GetProperty("reason").GetString());
        Assert.Equal("Ce lien a expiré : il ne permet déjà plus de télécharger les documents.", problem.GetProperty("detail").GetString());

        var listed = (await ExpectAsync(await muchLater.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["Expired", "Used", "Locked"], listed.Select(l => l.GetProperty("status").GetString()));
        Assert.All(listed, l => Assert.False(l.GetProperty("canRevoke").GetBoolean()));
        Assert.DoesNotContain((await ExpectAsync(await muchLater.GetAsync($"{Folders}/{folder}"), HttpStatusCode.OK)).GetProperty("journal").EnumerateArray(),
            j => j.GetProperty("kind").GetString() == "LinkRevoked");
    }

    [Fact]
    public async Task Another_organisations_link_is_not_found_and_stays_active()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        using var agent3 = await fixture.CallerAsync("agent3@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", VaultPagesTests.Pdf(640)));
        var link = await CreateLinkAsync(agent1, ids, "909090", recipient: null);

        var problem = await ExpectProblemAsync(await agent3.DeleteAsync($"{Links}/{link.Id}"), HttpStatusCode.NotFound, "download-link-not-found");
        Assert.Equal("Ce lien de téléchargement est introuvable dans votre coffre.", problem.GetProperty("detail").GetString());
        await ExpectProblemAsync(await agent1.DeleteAsync($"{Links}/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "download-link-not-found");
        using var reader = await fixture.CallerAsync("agent1@demo.test", scope: "openid vault.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.DeleteAsync($"{Links}/{link.Id}")).StatusCode);

        // Through the pages: agent3 posts the link's id on a folder page of theirs, agent1 on another folder's page.
        var folder3 = await CreateFolderAsync(agent3);
        var ids3 = await UploadAsync(agent3, folder3, ("autre.pdf", VaultPagesTests.Pdf(630)));
        var link3 = await CreateLinkAsync(agent3, ids3, "808080", recipient: null);
        using var page3 = await SignedInAsync("agent3@demo.test");
        var (_, details3) = await page3.GetAsync(VaultPagesTests.FolderUrl(folder3));
        var form3 = (IHtmlFormElement)Row(details3, link3.Id).QuerySelector("[data-testid=revoke-link-form]")!;
        Assert.Equal(HttpStatusCode.NotFound, (await page3.SubmitFormAsync(details3, form3, new Dictionary<string, string> { ["linkId"] = link.Id.ToString() })).StatusCode);
        var otherFolder = await CreateFolderAsync(agent1);
        var otherIds = await UploadAsync(agent1, otherFolder, ("autre.pdf", VaultPagesTests.Pdf(620)));
        var otherLink = await CreateLinkAsync(agent1, otherIds, "707070", recipient: null);
        using var page1 = await SignedInAsync("agent1@demo.test");
        var (_, otherDetails) = await page1.GetAsync(VaultPagesTests.FolderUrl(otherFolder));
        var otherForm = (IHtmlFormElement)Row(otherDetails, otherLink.Id).QuerySelector("[data-testid=revoke-link-form]")!;
        Assert.Equal(HttpStatusCode.NotFound, (await page1.SubmitFormAsync(otherDetails, otherForm, new Dictionary<string, string> { ["linkId"] = link.Id.ToString() })).StatusCode);

        var listed = Assert.Single((await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal("Active", listed.GetProperty("status").GetString());
        using var anonymous = fixture.Host.CreateApiClient();
        await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{link.Token}/redeem", new { code = "909090" }, Ct), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_revocation_racing_a_redemption_always_wins_in_the_end_no_file_goes_out_after_it()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", VaultPagesTests.Pdf(800)));
        using var anonymous = fixture.Host.CreateApiClient();
        for (var round = 0; round < 6; round++)
        {
            var link = await CreateLinkAsync(agent1, ids, "314159", recipient: null);
            var redeem = anonymous.PostAsJsonAsync($"{Links}/{link.Token}/redeem", new { code = "314159" }, Ct);
            var revoke = agent1.DeleteAsync($"{Links}/{link.Id}");
            await Task.WhenAll(redeem, revoke);

            // Whichever came first, the revocation is done: before the code, the code is refused; after it, the session it opened is closed.
            Assert.Equal(HttpStatusCode.NoContent, revoke.Result.StatusCode);
            var redeemed = redeem.Result;
            if (redeemed.StatusCode == HttpStatusCode.OK)
            {
                var session = (await redeemed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("sessionToken").GetString()!;
                await ExpectProblemAsync(await FetchAsync(anonymous, $"{Links}/{link.Token}/files/{ids[0]}", session), HttpStatusCode.Gone, "link-revoked");
            }
            else
            {
                await ExpectProblemAsync(redeemed, HttpStatusCode.Gone, "link-revoked");
            }
        }

        var journal = (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}"), HttpStatusCode.OK)).GetProperty("journal").EnumerateArray();
        Assert.Equal(6, journal.Count(j => j.GetProperty("kind").GetString() == "LinkRevoked"));
        var listed = (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray();
        Assert.All(listed, l => Assert.Equal("Revoked", l.GetProperty("status").GetString()));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IElement Row(IHtmlDocument page, Guid linkId) =>
        page.QuerySelectorAll("#links [data-testid=link-row]").Single(r => r.GetAttribute("data-link-id") == linkId.ToString());

    private static string Cell(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private static async Task<HttpResponseMessage> FetchAsync(HttpClient client, string url, string session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Download-Session", session);
        var response = await client.SendAsync(request, Ct);
        await response.Content.LoadIntoBufferAsync(Ct);
        return response;
    }

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = new BrowserSession(fixture.Host);
        Assert.True(BrowserSession.IsRedirect(await session.SignInAsync(email)), $"sign-in of {email} failed");
        return session;
    }
}
