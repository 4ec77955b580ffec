using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.ClientPortal;

/// <summary>
/// The ZIP downloads of « Mes documents » as a browser without script sends them: the ticked
/// documents, or those about to be deleted, by plain forms with their antiforgery token.
/// </summary>
public sealed class PortalArchivePageTests(PortalHostFactory factory) : IClassFixture<PortalHostFactory>
{
    [Fact]
    public async Task A_client_downloads_the_ticked_documents_as_one_ZIP_and_is_told_when_none_is_ticked()
    {
        using var client = new BrowserSession(factory);
        await client.SignInWithCodeAsync("client1@demo.test");
        var (_, page) = await client.GetAsync("/Portal");
        var form = (IHtmlFormElement)page.QuerySelector("[data-testid=portal-archive-form]")!;
        var items = page.QuerySelectorAll("[data-testid=portal-document]").Take(2).ToList();
        var ticked = items.Select(i => ((IHtmlInputElement)i.QuerySelector("[data-testid=portal-select]")!).Value).ToList();
        var titles = items.Select(i => i.QuerySelector("[data-testid=portal-download]")!.TextContent.Trim()).ToList();
        Assert.Equal(2, ticked.Count);
        Assert.All(page.QuerySelectorAll("[data-testid=portal-select]"), box => Assert.Equal(form.Id, box.GetAttribute("form")));
        Assert.Equal("Télécharger la sélection (ZIP)", page.QuerySelector("[data-testid=portal-download-selection]")!.TextContent);
        Assert.Equal("Télécharger ces documents (ZIP)", page.QuerySelector("[data-testid=portal-expiring] [data-testid=portal-download-expiring]")!.TextContent);

        var zipped = await PostAsync(client, form, ticked.Select(id => ("ids", id)));

        Assert.Equal(HttpStatusCode.OK, zipped.StatusCode);
        Assert.Equal("application/zip", zipped.Content.Headers.ContentType?.MediaType);
        using (var zip = new ZipArchive(new MemoryStream(await zipped.Content.ReadAsByteArrayAsync(BrowserSession.Ct)), ZipArchiveMode.Read))
        {
            // The demo documents were published without a file name: each is named by its title.
            Assert.Equal(titles.Select(t => t + ".pdf"), zip.Entries.Select(e => e.FullName));
        }

        var (_, after) = await client.GetAsync("/Portal");
        foreach (var id in ticked)
        {
            Assert.Null(after.QuerySelector($"[data-document-id='{id}'] [data-testid=portal-new]"));
        }

        // Nothing ticked: the same list again, with the reason.
        var (_, again) = await client.GetAsync("/Portal");
        var none = await PostAsync(client, (IHtmlFormElement)again.QuerySelector("[data-testid=portal-archive-form]")!, []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        var refused = await BrowserSession.ParseAsync(none);
        Assert.Contains("Cochez au moins un document à télécharger.", refused.QuerySelector("[data-testid=validation-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(refused.QuerySelectorAll("[data-testid=portal-select]"));

        // The documents leaving within 30 days, by the button beside the notice.
        var expiringForm = (IHtmlFormElement)again.QuerySelector("[data-testid=portal-expiring-archive-form]")!;
        var expiring = await PostAsync(client, expiringForm, []);
        Assert.Equal("application/zip", expiring.Content.Headers.ContentType?.MediaType);
        using var expiringZip = new ZipArchive(new MemoryStream(await expiring.Content.ReadAsByteArrayAsync(BrowserSession.Ct)), ZipArchiveMode.Read);
        Assert.Equal(["Remboursement des frais — physiothérapie.pdf"], expiringZip.Entries.Select(e => e.FullName));
    }

    /// <summary>Posts a form as a browser does: its hidden fields (the antiforgery token) and the ticked boxes that belong to it.</summary>
    private static async Task<HttpResponseMessage> PostAsync(BrowserSession client, IHtmlFormElement form, IEnumerable<(string Name, string Value)> ticked)
    {
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(ticked.Select(t => new KeyValuePair<string, string>(t.Name, t.Value)));
        using var content = new FormUrlEncodedContent(fields);
        return await client.Client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, BrowserSession.Ct);
    }
}
