using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// "Lien de téléchargement" as the seed tells it: the agent picks documents and a code, the
/// recipient opens the link (nothing consumed), gives the code, downloads; the link is then obsolete.
/// </summary>
public sealed class DownloadLinkPagesOnSqliteTests(ModularHostFactory factory) : DownloadLinkPagesTests(factory), IClassFixture<ModularHostFactory>;

public sealed class DownloadLinkPagesOnPostgreSqlTests(PostgreSqlHostFactory factory) : DownloadLinkPagesTests(factory), IClassFixture<PostgreSqlHostFactory>;

public abstract class DownloadLinkPagesTests(ModularHostFactory factory)
{
    [Fact]
    public async Task The_right_code_opens_the_files_once_and_the_link_is_then_obsolete()
    {
        var (folder, documents, bytes) = await FolderWithTwoPdfsAsync();
        using var agent = await SignedInAsync("agent1@demo.test");
        var created = await CreateLinkAsync(agent, folder, documents, code: "482 913");
        Assert.Equal("482913", created.QuerySelector("[data-testid=link-code-shown]")!.TextContent);
        Assert.Equal("Sans adresse courriel, c'est à vous de transmettre le lien de téléchargement à votre contact.", created.QuerySelector("[data-testid=link-not-emailed]")!.TextContent);
        var url = new Uri(created.QuerySelector<IHtmlInputElement>("[data-testid=link-url]")!.Value);
        Assert.Matches("^/l/[A-Za-z0-9_-]{43}$", url.AbsolutePath);

        using var recipient = new BrowserSession(factory);
        var (opened, preview) = await recipient.GetAsync(url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("no-referrer", opened.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("Cabinet Démo vous transmet 2 documents par ce lien unique.", preview.QuerySelector("[data-testid=link-sender]")!.TextContent);

        // Opening twice consumes nothing; a wrong code says how many attempts are left.
        (_, preview) = await recipient.GetAsync(url.AbsolutePath);
        var wrong = await BrowserSession.ParseAsync(await recipient.SubmitAsync(preview, new Dictionary<string, string> { ["Code"] = "000000" }));
        Assert.Equal("Code incorrect : il vous reste 4 essais avant que le lien soit bloqué.", wrong.QuerySelector("[data-testid=link-error]")!.TextContent);
        var malformed = await BrowserSession.ParseAsync(await recipient.SubmitAsync(wrong, new Dictionary<string, string> { ["Code"] = "12a" }));
        Assert.Equal("Le code ne contient que des chiffres.", malformed.QuerySelector("[data-testid=link-error]")!.TextContent);

        var session = (await recipient.FollowAsync(await recipient.SubmitAsync(malformed, new Dictionary<string, string> { ["Code"] = "482913" }))).Document;
        var files = session.QuerySelectorAll("[data-testid=link-file] a").OfType<IHtmlAnchorElement>().ToList();
        Assert.Equal(["annexe.pdf", "carte grise.pdf"], files.Select(f => f.TextContent).Order());
        var download = await recipient.Client.GetAsync(new Uri(files.Single(f => f.TextContent == "carte grise.pdf").GetAttribute("href")!, UriKind.Relative), BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(BrowserSession.Ct));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);

        // The link is unique: a second person with the right code is refused, and cannot fetch files.
        using var other = new BrowserSession(factory);
        var (_, again) = await other.GetAsync(url.AbsolutePath);
        Assert.Equal("Ce lien a déjà été utilisé : il est unique et n'est plus valable. Demandez un nouveau lien à l'expéditeur.", again.QuerySelector("[data-testid=link-error]")!.TextContent);
        var stolen = await other.Client.GetAsync(new Uri(files[0].GetAttribute("href")!, UriKind.Relative), BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.Redirect, stolen.StatusCode);

        var (_, folderPage) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        var journal = folderPage.QuerySelectorAll("[data-testid=journal-kind]").Select(e => e.TextContent).ToList();
        Assert.Contains("Lien de téléchargement créé", journal);
        Assert.Contains("Lien de téléchargement utilisé", journal);
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM download_links WHERE \"UsedAt\" IS NOT NULL AND \"FailedAttempts\" = 1"));
    }

    [Fact]
    public async Task Twenty_people_posting_the_right_code_at_once_open_exactly_one_session()
    {
        var (folder, documents, _) = await FolderWithTwoPdfsAsync();
        using var agent = await SignedInAsync("agent1@demo.test");
        var created = await CreateLinkAsync(agent, folder, documents, code: "765432");
        var path = new Uri(created.QuerySelector<IHtmlInputElement>("[data-testid=link-url]")!.Value).AbsolutePath;
        var recipients = Enumerable.Range(0, 20).Select(_ => new BrowserSession(factory)).ToList();
        try
        {
            var forms = await Task.WhenAll(recipients.Select(async r => (await r.GetAsync(path)).Document));

            var pages = await Task.WhenAll(recipients.Select(async (r, i) =>
                (await r.FollowAsync(await r.SubmitAsync(forms[i], new Dictionary<string, string> { ["Code"] = "765432" }))).Document));

            Assert.Equal(1, pages.Count(p => p.QuerySelector("[data-testid=session-open]") is not null));
            Assert.All(pages.Where(p => p.QuerySelector("[data-testid=session-open]") is null), p =>
                Assert.Equal("Ce lien a déjà été utilisé : il est unique et n'est plus valable. Demandez un nouveau lien à l'expéditeur.", p.QuerySelector("[data-testid=link-error]")!.TextContent));
            Assert.Equal(1L, await ScalarAsync($"SELECT count(*) FROM journal_entries WHERE \"Kind\" = 'LinkUsed' AND {factory.GuidEquals("FolderId", folder)}"));
        }
        finally
        {
            recipients.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_link_and_even_the_right_code_is_then_refused()
    {
        var (folder, documents, _) = await FolderWithTwoPdfsAsync();
        using var agent = await SignedInAsync("agent1@demo.test");
        var created = await CreateLinkAsync(agent, folder, documents[..1], code: null);
        var code = created.QuerySelector("[data-testid=link-code-shown]")!.TextContent;
        Assert.Matches("^[0-9]{6}$", code);
        var path = new Uri(created.QuerySelector<IHtmlInputElement>("[data-testid=link-url]")!.Value).AbsolutePath;

        using var recipient = new BrowserSession(factory);
        var (_, page) = await recipient.GetAsync(path);
        var wrongCode = code == "111111" ? "222222" : "111111";
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            page = await BrowserSession.ParseAsync(await recipient.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = wrongCode }));
            Assert.Contains(attempt == 4 ? "il vous reste 1 essai avant" : $"il vous reste {5 - attempt} essais avant", page.QuerySelector("[data-testid=link-error]")!.TextContent, StringComparison.Ordinal);
        }

        var lastForm = page;
        page = await BrowserSession.ParseAsync(await recipient.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = wrongCode }));
        Assert.Equal("Ce lien est bloqué après 5 codes erronés. L'expéditeur en a été informé.", page.QuerySelector("[data-testid=link-error]")!.TextContent);

        // A sixth attempt, with the right code, from the form still open in another tab.
        var sixth = await BrowserSession.ParseAsync(await recipient.SubmitAsync(lastForm, new Dictionary<string, string> { ["Code"] = code }));
        Assert.Equal("Ce lien est bloqué après 5 codes erronés. L'expéditeur en a été informé.", sixth.QuerySelector("[data-testid=link-error]")!.TextContent);
        Assert.Empty(sixth.QuerySelectorAll("[data-testid=link-file]"));
        var (_, after) = await recipient.GetAsync(path);
        Assert.Null(after.QuerySelector("[data-testid=link-code]"));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM download_links WHERE \"LockedAt\" IS NOT NULL AND \"UsedAt\" IS NULL AND \"SessionHash\" IS NULL"));
    }

    [Fact]
    public async Task A_link_to_nothing_or_to_an_unknown_token_is_not_found_and_bad_input_is_explained()
    {
        var (folder, documents, _) = await FolderWithTwoPdfsAsync();
        using var agent = await SignedInAsync("agent1@demo.test");
        var (_, form) = await agent.GetAsync($"/Vault/Folders/Link/{folder}");

        var none = await BrowserSession.ParseAsync(await agent.SubmitAsync(form, new Dictionary<string, string>()));
        Assert.Contains("Sélectionnez au moins un document du dossier.", none.QuerySelector("[data-testid=link-errors]")!.TextContent, StringComparison.Ordinal);
        var shortCode = await BrowserSession.ParseAsync(await agent.SubmitAsync(form, new Dictionary<string, string> { ["DocumentIds[0]"] = documents[0].ToString(), ["Code"] = "1234" }));
        Assert.Contains("Le code compte 6 chiffres ; celui-ci en compte 4.", shortCode.QuerySelector("[data-testid=link-errors]")!.TextContent, StringComparison.Ordinal);
        var badEmail = await BrowserSession.ParseAsync(await agent.SubmitAsync(form, new Dictionary<string, string> { ["DocumentIds[0]"] = documents[0].ToString(), ["RecipientEmail"] = "pas une adresse" }));
        Assert.Contains("Cette adresse de courriel n'est pas valide.", badEmail.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync($"SELECT count(*) FROM download_links WHERE {factory.GuidEquals("FolderId", folder)}"));

        using var anonymous = new BrowserSession(factory);
        var (unknown, _) = await anonymous.GetAsync("/l/" + new string('A', 43));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var (garbage, _) = await anonymous.GetAsync("/l/not-a-token");
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);

        // A token of the right length with one character outside base64url (mangled in transit) is unknown too.
        var (mangled, _) = await anonymous.GetAsync($"/l/{new string('A', 21)}!{new string('A', 21)}");
        Assert.Equal(HttpStatusCode.NotFound, mangled.StatusCode);

        // Another organisation cannot make a link to these documents.
        using var agent3 = await SignedInAsync("agent3@demo.test");
        var (foreign, _) = await agent3.GetAsync($"/Vault/Folders/Link/{folder}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task All_the_files_come_as_one_zip_with_ranges_and_the_maker_is_told_once_when_it_was_fetched_in_full()
    {
        var (folder, documents, bytes) = await FolderWithTwoPdfsAsync();
        using var agent = await SignedInAsync("agent1@demo.test");
        var created = await CreateLinkAsync(agent, folder, documents, code: "135790");
        var path = new Uri(created.QuerySelector<IHtmlInputElement>("[data-testid=link-url]")!.Value).AbsolutePath;

        using var recipient = new BrowserSession(factory);
        var (_, form) = await recipient.GetAsync(path);
        var session = (await recipient.FollowAsync(await recipient.SubmitAsync(form, new Dictionary<string, string> { ["Code"] = "135790" }))).Document;
        var zipLink = session.QuerySelector<IHtmlAnchorElement>("[data-testid=link-zip]")!;
        Assert.Equal("Tout télécharger (ZIP)", zipLink.TextContent);
        var zipUrl = new Uri(zipLink.GetAttribute("href")!, UriKind.Relative);

        // A first range builds the archive but does not complete the download.
        using var head = new HttpRequestMessage(HttpMethod.Get, zipUrl);
        head.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 99);
        var partial = await recipient.Client.SendAsync(head, BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        var first = await partial.Content.ReadAsByteArrayAsync(BrowserSession.Ct);
        Assert.Equal(100, first.Length);
        Assert.Equal(0L, await DownloadedCountAsync(folder));

        var full = await recipient.Client.GetAsync(zipUrl, BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal("application/zip", full.Content.Headers.ContentType?.MediaType);
        Assert.Equal("documents.zip", full.Content.Headers.ContentDisposition?.FileNameStar ?? full.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(partial.Headers.ETag, full.Headers.ETag);
        var zipBytes = await full.Content.ReadAsByteArrayAsync(BrowserSession.Ct);
        Assert.Equal(first, zipBytes[..100]);
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(zipBytes)))
        {
            Assert.Equal(["annexe.pdf", "carte grise.pdf"], zip.Entries.Select(e => e.FullName).Order());
            var entry = zip.GetEntry("carte grise.pdf")!;
            Assert.Equal(entry.Length, entry.CompressedLength);
            await using var content = await entry.OpenAsync(BrowserSession.Ct);
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy, BrowserSession.Ct);
            Assert.Equal(bytes, copy.ToArray());
        }

        // Served again (resumed to its end), the same bytes; still one notice.
        using var tail = new HttpRequestMessage(HttpMethod.Get, zipUrl);
        tail.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(zipBytes.Length - 10, null);
        var end = await recipient.Client.SendAsync(tail, BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.PartialContent, end.StatusCode);
        Assert.Equal(zipBytes[^10..], await end.Content.ReadAsByteArrayAsync(BrowserSession.Ct));
        Assert.Equal(1L, await DownloadedCountAsync(folder));
        Assert.Equal(1L, await ScalarAsync($"SELECT count(*) FROM download_links WHERE {factory.GuidEquals("FolderId", folder)} AND \"DownloadedAt\" IS NOT NULL AND \"ArchiveBlobId\" IS NOT NULL"));

        var (_, folderPage) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Single(folderPage.QuerySelectorAll("[data-testid=journal-kind]"), e => e.TextContent == "Documents téléchargés");
        Assert.Equal(1L, await MessagesAsync(await LinkIdAsync(folder)));

        // Without the session, the archive is not given.
        using var other = new BrowserSession(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await other.Client.GetAsync(zipUrl, BrowserSession.Ct)).StatusCode);
    }

    [Fact]
    public async Task Fetching_every_file_one_by_one_in_full_completes_the_download()
    {
        var (folder, documents, _) = await FolderWithTwoPdfsAsync();
        using var agent = await SignedInAsync("agent1@demo.test");
        var created = await CreateLinkAsync(agent, folder, documents, code: "246802");
        var path = new Uri(created.QuerySelector<IHtmlInputElement>("[data-testid=link-url]")!.Value).AbsolutePath;
        using var recipient = new BrowserSession(factory);
        var (_, form) = await recipient.GetAsync(path);
        var session = (await recipient.FollowAsync(await recipient.SubmitAsync(form, new Dictionary<string, string> { ["Code"] = "246802" }))).Document;
        var files = session.QuerySelectorAll("[data-testid=link-file] a").OfType<IHtmlAnchorElement>().Select(a => new Uri(a.GetAttribute("href")!, UriKind.Relative)).ToList();

        Assert.Equal(HttpStatusCode.OK, (await recipient.Client.GetAsync(files[0], BrowserSession.Ct)).StatusCode);
        using var start = new HttpRequestMessage(HttpMethod.Get, files[1]);
        start.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 9);
        Assert.Equal(HttpStatusCode.PartialContent, (await recipient.Client.SendAsync(start, BrowserSession.Ct)).StatusCode);
        Assert.Equal(0L, await DownloadedCountAsync(folder));

        using var rest = new HttpRequestMessage(HttpMethod.Get, files[1]);
        rest.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(10, null);
        Assert.Equal(HttpStatusCode.PartialContent, (await recipient.Client.SendAsync(rest, BrowserSession.Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await recipient.Client.GetAsync(files[0], BrowserSession.Ct)).StatusCode);
        Assert.Equal(1L, await DownloadedCountAsync(folder));
        Assert.Equal(1L, await MessagesAsync(await LinkIdAsync(folder)));
    }

    private Task<long> DownloadedCountAsync(Guid folder) =>
        ScalarAsync($"SELECT count(*) FROM journal_entries WHERE \"Kind\" = 'LinkDownloaded' AND {factory.GuidEquals("FolderId", folder)}");

    private Task<string> LinkIdAsync(Guid folder) =>
        factory.ScalarAsync<string>("Vault", $"SELECT \"Id\" FROM download_links WHERE {factory.GuidEquals("FolderId", folder)}");

    /// <summary>Notices to the link's maker (agent1) that the documents were downloaded.</summary>
    private async Task<long> MessagesAsync(string linkId)
    {
        await factory.OutboxesDrainedAsync();
        return await factory.ScalarAsync<long>(
            "Notifications",
            $"SELECT count(*) FROM messages WHERE \"TemplateKey\" = 'vault.link-downloaded' AND \"RecipientAddress\" = 'agent1@demo.test' AND {factory.GuidEquals("AggregateId", Guid.Parse(linkId))}");
    }

    private async Task<(Guid Folder, Guid[] Documents, byte[] Bytes)> FolderWithTwoPdfsAsync()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));
        var (_, page) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        var bytes = VaultPagesTests.Pdf(2000);
        await VaultPagesTests.UploadAsync(agent, page, ("carte grise.pdf", bytes), ("annexe.pdf", VaultPagesTests.Pdf(700)));
        var (_, link) = await agent.GetAsync($"/Vault/Folders/Link/{folder}");
        var documents = link.QuerySelectorAll("[data-testid=link-document]").OfType<IHtmlInputElement>().Select(i => Guid.Parse(i.Value)).ToArray();
        Assert.Equal(2, documents.Length);
        return (folder, documents, bytes);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> CreateLinkAsync(BrowserSession agent, Guid folder, Guid[] documents, string? code)
    {
        var (_, form) = await agent.GetAsync($"/Vault/Folders/Link/{folder}");
        var fields = documents.Select((id, i) => (Key: $"DocumentIds[{i}]", Value: id.ToString())).ToDictionary(f => f.Key, f => f.Value);
        if (code is not null)
        {
            fields["Code"] = code;
        }

        var created = await BrowserSession.ParseAsync(await agent.SubmitAsync(form, fields));
        Assert.NotNull(created.QuerySelector("[data-testid=link-created]"));
        return created;
    }

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = new BrowserSession(factory);
        Assert.True(BrowserSession.IsRedirect(await session.SignInAsync(email)), $"sign-in of {email} failed");
        return session;
    }

    private Task<long> ScalarAsync(string sql) => factory.ScalarAsync<long>("Vault", sql);
}
