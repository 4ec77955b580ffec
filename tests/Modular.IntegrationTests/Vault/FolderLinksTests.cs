using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.Support.ApiCaller;
using static Modular.IntegrationTests.Vault.VaultApiCalls;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// "Liens de téléchargement" of a folder, as its agents follow them: who made each link, for whom,
/// and whether it is still active, used, downloaded, locked or expired.
/// </summary>
public sealed class FolderLinksTests(VaultApiFixture fixture) : IClassFixture<VaultApiFixture>
{

    [Fact]
    public async Task A_new_link_is_active_then_used_once_redeemed_then_downloaded_once_fetched_and_the_newest_comes_first()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", Pdf(1200, 41)), ("mandat.pdf", Pdf(800, 42)));
        var first = await CreateLinkAsync(agent1, ids, "111222", recipient: "client@exemple.test");
        var second = await CreateLinkAsync(agent1, ids[..1], "333444", recipient: null);

        using var page = await SignedInAsync("agent1@demo.test");
        var rows = await LinkRowsAsync(page, folder);
        Assert.Equal([second.Id, first.Id], rows.Select(r => Guid.Parse(r.GetAttribute("data-link-id")!)));
        var row = rows[1];
        Assert.Equal("Actif", Cell(row, "link-status"));
        Assert.Equal("agent1@demo.test", Cell(row, "link-created-by"));
        Assert.Equal("client@exemple.test", Cell(row, "link-recipient"));
        Assert.Equal("2", Cell(row, "link-file-count"));
        Assert.Equal("Aucun destinataire enregistré", Cell(rows[0], "link-recipient").Trim());
        Assert.NotNull(rows[0].QuerySelector("[data-testid=link-no-recipient]"));
        Assert.Equal("1", Cell(rows[0], "link-file-count"));

        using var anonymous = fixture.Host.CreateApiClient();
        var session = (await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{first.Token}/redeem", new { code = "111222" }, Ct), HttpStatusCode.OK))
            .GetProperty("sessionToken").GetString()!;
        row = (await LinkRowsAsync(page, folder))[1];
        Assert.StartsWith("Utilisé le ", Cell(row, "link-status"), StringComparison.Ordinal);
        Assert.Equal("Actif", Cell((await LinkRowsAsync(page, folder))[0], "link-status"));

        using var zip = new HttpRequestMessage(HttpMethod.Get, $"{Links}/{first.Token}/files.zip");
        zip.Headers.Add("X-Download-Session", session);
        var archive = await anonymous.SendAsync(zip, Ct);
        Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
        await archive.Content.ReadAsByteArrayAsync(Ct);
        row = (await LinkRowsAsync(page, folder))[1];
        Assert.StartsWith("Téléchargé le ", Cell(row, "link-status"), StringComparison.Ordinal);

        var listed = (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal([second.Id, first.Id], listed.Select(l => l.GetProperty("id").GetGuid()));
        Assert.Equal("Active", listed[0].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, listed[0].GetProperty("usedAt").ValueKind);
        Assert.Equal("Used", listed[1].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, listed[1].GetProperty("usedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, listed[1].GetProperty("downloadedAt").ValueKind);
        Assert.Equal("client@exemple.test", listed[1].GetProperty("recipientEmail").GetString());
        Assert.Equal("agent1@demo.test", listed[1].GetProperty("createdByEmail").GetString());
        Assert.Equal(2, listed[1].GetProperty("fileCount").GetInt32());
    }

    [Fact]
    public async Task Five_wrong_codes_show_the_link_as_locked()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", Pdf(600, 43)));
        var link = await CreateLinkAsync(agent1, ids, "555666", recipient: null);
        using var anonymous = fixture.Host.CreateApiClient();
        for (var i = 0; i < 4; i++)
        {
            await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{link.Token}/redeem", new { code = "000000" }, Ct), HttpStatusCode.Forbidden, "code-invalid");
        }

        using var page = await SignedInAsync("agent1@demo.test");
        Assert.Equal("Actif", Cell(Assert.Single(await LinkRowsAsync(page, folder)), "link-status"));

        await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{link.Token}/redeem", new { code = "000000" }, Ct), HttpStatusCode.Locked, "link-locked");
        Assert.Equal("Bloqué", Cell(Assert.Single(await LinkRowsAsync(page, folder)), "link-status"));
        var listed = Assert.Single((await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal("Locked", listed.GetProperty("status").GetString());
        Assert.Equal(5, listed.GetProperty("failedAttempts").GetInt32());
    }

    [Fact]
    public async Task A_link_past_its_expiry_is_shown_as_expired_but_one_used_in_time_stays_used()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", Pdf(700, 44)));
        var unused = await CreateLinkAsync(agent1, ids, "777888", recipient: null);
        var used = await CreateLinkAsync(agent1, ids, "999000", recipient: null);
        using var anonymous = fixture.Host.CreateApiClient();
        await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{used.Token}/redeem", new { code = "999000" }, Ct), HttpStatusCode.OK);

        fixture.Host.Time.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));

        // Sessions do not last two weeks: the agent signs in again.
        using var page = await SignedInAsync("agent1@demo.test");
        var rows = await LinkRowsAsync(page, folder);
        Assert.Equal("Expiré", Cell(rows.Single(r => r.GetAttribute("data-link-id") == unused.Id.ToString()), "link-status"));
        Assert.StartsWith("Utilisé le ", Cell(rows.Single(r => r.GetAttribute("data-link-id") == used.Id.ToString()), "link-status"), StringComparison.Ordinal);
        using var later = await fixture.CallerAsync("agent1@demo.test");
        var listed = (await ExpectAsync(await later.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["Used", "Expired"], listed.Select(l => l.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Another_organisations_folder_is_not_found_and_a_folder_without_links_says_so()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        using var agent3 = await fixture.CallerAsync("agent3@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", Pdf(500, 45)));

        using var page = await SignedInAsync("agent1@demo.test");
        var (_, empty) = await page.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Equal("Liens de téléchargement", empty.QuerySelector("#links-heading")!.TextContent);
        Assert.Equal("Aucun lien de téléchargement n'a été créé depuis ce dossier.", empty.QuerySelector("[data-testid=no-links]")!.TextContent);
        Assert.Empty((await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray());

        await CreateLinkAsync(agent1, ids, "121212", recipient: null);
        await ExpectProblemAsync(await agent3.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.NotFound, "folder-not-found");
        await ExpectProblemAsync(await agent3.GetAsync($"{Folders}/{Guid.NewGuid()}/download-links"), HttpStatusCode.NotFound, "folder-not-found");
        using var reader = await fixture.CallerAsync("agent1@demo.test", scope: "openid vault.write");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"{Folders}/{folder}/download-links")).StatusCode);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Cell(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent;

    private static async Task<IReadOnlyList<IElement>> LinkRowsAsync(BrowserSession page, Guid folder)
    {
        var (response, document) = await page.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. document.QuerySelectorAll("#links [data-testid=link-row]")];
    }

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = new BrowserSession(fixture.Host);
        Assert.True(BrowserSession.IsRedirect(await session.SignInAsync(email)), $"sign-in of {email} failed");
        return session;
    }

    /// <summary>A PDF as the vault recognises one (it reads the first bytes): the header, then distinct filler.</summary>
    private static byte[] Pdf(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
