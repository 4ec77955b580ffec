using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// The recipient who reloads the page after the right code, before downloading, still has the
/// documents while the session lasts in that browser; any other browser sees the link as used.
/// </summary>
public sealed class DownloadSessionReloadTests(SharingApiHost host) : IClassFixture<SharingApiHost>
{
    private const string Code = "271828";

    [Fact]
    public async Task Reloading_after_the_right_code_shows_the_documents_again_in_this_browser_only()
    {
        var path = await LinkAsync();
        using var recipient = new BrowserSession(host);
        var (_, form) = await recipient.GetAsync(path);
        var posted = await recipient.SubmitAsync(form, new Dictionary<string, string> { ["Code"] = Code });
        Assert.True(BrowserSession.IsRedirect(posted), "the right code should redirect to the page of documents");
        var (_, opened) = await recipient.FollowAsync(posted);
        Assert.NotNull(opened.QuerySelector("[data-testid=session-open]"));

        // The form posted again (a reload of the answer) shows the session, and tries no code.
        var again = await recipient.SubmitAsync(form, new Dictionary<string, string> { ["Code"] = Code });
        Assert.True(BrowserSession.IsRedirect(again));

        var (reloadResponse, reloaded) = await recipient.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, reloadResponse.StatusCode);
        Assert.Equal(["relevé.pdf"], reloaded.QuerySelectorAll("[data-testid=link-file] a").Select(a => a.TextContent));
        var end = reloaded.QuerySelector("[data-testid=session-end]")!;
        Assert.Matches(@"^\d\d:\d\d \(heure de Paris\)$", end.TextContent);
        Assert.True(DateTimeOffset.TryParse(end.GetAttribute("datetime"), System.Globalization.CultureInfo.InvariantCulture, out _));
        var file = reloaded.QuerySelector<IHtmlAnchorElement>("[data-testid=link-file] a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await recipient.Client.GetAsync(new Uri(file, UriKind.Relative), BrowserSession.Ct)).StatusCode);

        using var other = new BrowserSession(host);
        var (_, elsewhere) = await other.GetAsync(path);
        Assert.Null(elsewhere.QuerySelector("[data-testid=link-file]"));
        Assert.Equal("Ce lien a déjà été utilisé : il est unique et n'est plus valable. Demandez un nouveau lien à l'expéditeur.", elsewhere.QuerySelector("[data-testid=link-error]")?.TextContent);

        // A forged session cookie opens nothing.
        using var forger = new BrowserSession(host);
        forger.Client.DefaultRequestHeaders.Add("Cookie", "modular.dl=not-a-session");
        var (_, forged) = await forger.GetAsync(path);
        Assert.Null(forged.QuerySelector("[data-testid=link-file]"));
    }

    [Fact]
    public async Task After_the_session_ends_a_reload_says_the_link_was_used()
    {
        var path = await LinkAsync();
        using var recipient = new BrowserSession(host);
        var (_, form) = await recipient.GetAsync(path);
        await recipient.SubmitAsync(form, new Dictionary<string, string> { ["Code"] = Code });

        host.Time.Advance(TimeSpan.FromMinutes(31));

        var (_, later) = await recipient.GetAsync(path);
        Assert.Null(later.QuerySelector("[data-testid=link-file]"));
        Assert.StartsWith("Ce lien a déjà été utilisé", later.QuerySelector("[data-testid=link-error]")?.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> LinkAsync()
    {
        using var agent = new BrowserSession(host);
        Assert.True(BrowserSession.IsRedirect(await agent.SignInAsync("agent1@demo.test")), "sign-in failed");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Rechargement"));
        var (_, page) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.True(BrowserSession.IsRedirect(await VaultPagesTests.UploadAsync(agent, page, ("relevé.pdf", VaultPagesTests.Pdf(900)))), "upload failed");
        Guid document;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            document = await scope.ServiceProvider.GetRequiredService<VaultDbContext>().Documents.Where(d => d.FolderId == folder).Select(d => d.Id).SingleAsync(BrowserSession.Ct);
        }

        using var api = await host.CallerAsync("agent1@demo.test", scope: "openid vault.read vault.write");
        using var created = await api.SendAsync(HttpMethod.Post, "/api/v1/vault/download-links", new { documentIds = new[] { document }, code = Code });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return new Uri((await Tokens.JsonAsync(created)).GetProperty("url").GetString()!).PathAndQuery;
    }
}
