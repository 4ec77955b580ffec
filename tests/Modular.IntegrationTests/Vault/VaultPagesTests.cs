using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Vault;

/// <summary>A Host whose vault accepts files of 4 Ko at most, so that "too large" is cheap to reach.</summary>
public sealed class SmallVaultHostFactory : ModularHostFactory
{
    public const int MaxFileBytes = 4096;

    public SmallVaultHostFactory() => Settings["Modular:Vault:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The vault ("Coffre") through its pages, as agents use it: folders, multi-file uploads checked
/// file by file, downloads, renaming and deleting with the folder's journal, and who may see what.
/// </summary>
public sealed class VaultPagesTests(SmallVaultHostFactory factory) : IClassFixture<SmallVaultHostFactory>
{
    [Fact]
    public async Task Creating_a_folder_lists_it_and_a_duplicate_or_empty_name_is_refused()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var name = Unique("Dossier SIV");
        var (_, home) = await agent.GetAsync("/Vault");
        Assert.Equal("Coffre", home.QuerySelector("h1")!.TextContent);
        Assert.Equal("folder-public-help", home.QuerySelector("[data-testid=folder-public]")!.GetAttribute("aria-describedby"));
        Assert.StartsWith("Toute personne invitée dans votre coffre voit un dossier public et peut en télécharger les documents, sans accès à lui donner.", home.QuerySelector("#folder-public-help")!.TextContent, StringComparison.Ordinal);

        var created = await agent.SubmitAsync(home, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.IsPublic"] = "true" });
        var id = FolderIdOf(created);
        var (_, details) = await agent.FollowAsync(created);
        Assert.Equal("Le dossier a été créé.", Status(details));
        Assert.Equal(name, details.QuerySelector("[data-testid=folder-title]")!.TextContent);
        Assert.Equal("Ce dossier ne contient aucun document.", details.QuerySelector("[data-testid=no-documents]")!.TextContent);
        Assert.Equal(["Dossier créé"], JournalKinds(details));

        var (_, list) = await agent.GetAsync("/Vault");
        var row = FolderRow(list, id);
        Assert.Equal(name, row.QuerySelector("[data-testid=folder-link]")!.TextContent);
        Assert.Equal("Public", row.QuerySelector("[data-testid=folder-badge]")!.TextContent);
        Assert.Equal("0", row.QuerySelector("[data-testid=folder-count]")!.TextContent);
        Assert.Equal("0 octet", row.QuerySelector("[data-testid=folder-size]")!.TextContent);

        var before = await VaultScalarAsync("SELECT count(*) FROM folders");
        var duplicate = await agent.SubmitAsync(list, new Dictionary<string, string> { ["Input.Name"] = name });
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains($"Un dossier « {name} » existe déjà dans votre coffre.", Summary(await BrowserSession.ParseAsync(duplicate)), StringComparison.Ordinal);

        var empty = await BrowserSession.ParseAsync(await agent.SubmitAsync(list, new Dictionary<string, string> { ["Input.Name"] = "   " }));
        Assert.Equal("Le nom du dossier est obligatoire.", empty.QuerySelector("[data-testid=folder-name-error]")!.TextContent);
        Assert.Equal(before, await VaultScalarAsync("SELECT count(*) FROM folders"));
    }

    [Fact]
    public async Task An_organisation_without_folders_sees_the_empty_vault()
    {
        using var agent = await SignedInAsync("agent3@demo.test");
        var (response, page) = await agent.GetAsync("/Vault");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Votre coffre ne contient encore aucun dossier. Créez le premier ci-dessus.", page.QuerySelector("[data-testid=no-folders]")!.TextContent);
    }

    [Fact]
    public async Task Uploading_two_pdfs_stores_both_and_lists_them_with_their_sizes()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var id = await CreateFolderAsync(agent, Unique("Immatriculation"));
        var (_, page) = await agent.GetAsync(FolderUrl(id));
        Assert.Equal("Taille maximale : 4 Ko par fichier. Types acceptés : pdf, png, jpg, jpeg, gif, tif, tiff, webp, docx, xlsx, pptx, odt, ods.", page.QuerySelector("[data-testid=upload-rules]")!.TextContent);
        var input = page.QuerySelector<IHtmlInputElement>("[data-testid=upload-files]")!;
        Assert.True(input.IsMultiple);
        Assert.Equal("multipart/form-data", UploadForm(page).Enctype);

        var uploaded = await UploadAsync(agent, page, ("carte grise.pdf", Pdf(1536)), ("certificat de cession.pdf", Pdf(300)));

        Assert.True(BrowserSession.IsRedirect(uploaded));
        var (_, details) = await agent.FollowAsync(uploaded);
        Assert.Equal(["carte grise.pdf", "certificat de cession.pdf"], Texts(details, "[data-testid=stored-file]"));
        Assert.Null(details.QuerySelector("[data-testid=upload-refused]"));
        var rows = details.QuerySelectorAll("[data-testid=document-row]");
        Assert.Equal(2, rows.Length);
        var sizes = rows.ToDictionary(r => r.QuerySelector("[data-testid=document-name]")!.TextContent, r => r.QuerySelector("[data-testid=document-size]")!.TextContent);
        Assert.Equal("1,5 Ko", sizes["carte grise.pdf"]);
        Assert.Equal("300 octets", sizes["certificat de cession.pdf"]);
        Assert.All(rows, r => Assert.Equal("application/pdf", r.QuerySelector("[data-testid=document-type]")!.TextContent));
        Assert.Equal(2, JournalKinds(details).Count(k => k == "Document déposé"));

        // The report is shown once: the next visit shows the folder alone.
        var (_, again) = await agent.GetAsync(FolderUrl(id));
        Assert.Null(again.QuerySelector("[data-testid=upload-stored]"));

        var (_, list) = await agent.GetAsync("/Vault");
        Assert.Equal("2", FolderRow(list, id).QuerySelector("[data-testid=folder-count]")!.TextContent);
        Assert.Equal("1,8 Ko", FolderRow(list, id).QuerySelector("[data-testid=folder-size]")!.TextContent);
        Assert.Equal(2L, await DocumentCountAsync(id));
    }

    [Fact]
    public async Task Each_file_is_judged_on_its_own_and_refused_files_leave_nothing_behind()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var id = await CreateFolderAsync(agent, Unique("Refus"));
        var (_, page) = await agent.GetAsync(FolderUrl(id));
        var blobsBefore = BlobFiles();

        var uploaded = await UploadAsync(
            agent,
            page,
            ("photo.pdf", Png()),
            ("vide.pdf", []),
            ("gros.pdf", Pdf(SmallVaultHostFactory.MaxFileBytes + 1)),
            ("dossier/contrat.pdf", Pdf(200)),
            ("notes.txt", Encoding.UTF8.GetBytes("bonjour")),
            ("bon.pdf", Pdf(400)));

        var (_, details) = await agent.FollowAsync(uploaded);
        Assert.Equal(["bon.pdf"], Texts(details, "[data-testid=stored-file]"));
        var refused = Texts(details, "[data-testid=refused-file]");
        Assert.Equal(5, refused.Count);
        Assert.Equal("Le contenu de « photo.pdf » ne correspond pas à son extension : c'est en réalité un fichier PNG.", refused[0]);
        Assert.Equal("Le fichier est vide.", refused[1]);
        Assert.Equal("« gros.pdf » dépasse la taille autorisée de 4 Ko par fichier.", refused[2]);
        Assert.StartsWith("Le nom « dossier/contrat.pdf » contient des caractères interdits", refused[3], StringComparison.Ordinal);
        Assert.StartsWith("« notes.txt » n'est pas d'un type accepté par le coffre (pdf, png,", refused[4], StringComparison.Ordinal);
        Assert.Equal("5 fichiers refusés :", details.QuerySelector("[data-testid=upload-refused] p")!.TextContent);

        Assert.Equal(["bon.pdf"], Texts(details, "[data-testid=document-name]"));
        Assert.Equal(1L, await DocumentCountAsync(id));
        Assert.Equal(blobsBefore + 1, BlobFiles());
    }

    [Fact]
    public async Task A_file_over_the_limit_alone_is_refused_as_too_large_and_no_blob_is_left()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var id = await CreateFolderAsync(agent, Unique("Trop gros"));
        var (_, page) = await agent.GetAsync(FolderUrl(id));
        var blobsBefore = BlobFiles();

        var (_, details) = await agent.FollowAsync(await UploadAsync(agent, page, ("scan.pdf", Pdf(3 * SmallVaultHostFactory.MaxFileBytes))));

        Assert.Equal(["« scan.pdf » dépasse la taille autorisée de 4 Ko par fichier."], Texts(details, "[data-testid=refused-file]"));
        Assert.Null(details.QuerySelector("[data-testid=upload-stored]"));
        Assert.NotNull(details.QuerySelector("[data-testid=no-documents]"));
        Assert.Equal(0L, await DocumentCountAsync(id));
        Assert.Equal(blobsBefore, BlobFiles());
    }

    [Fact]
    public async Task Downloading_returns_the_exact_bytes_as_an_attachment_and_serves_ranges()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var id = await CreateFolderAsync(agent, Unique("Téléchargement"));
        var (_, page) = await agent.GetAsync(FolderUrl(id));
        var bytes = Pdf(1000);
        var (_, details) = await agent.FollowAsync(await UploadAsync(agent, page, ("relevé d'identité.pdf", bytes)));
        var link = details.QuerySelector("[data-testid=document-name]")!.GetAttribute("href")!;

        using var response = await agent.Client.GetAsync(new Uri(link, UriKind.Relative), BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync(BrowserSession.Ct));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("relevé d'identité.pdf", Uri.UnescapeDataString(disposition.FileNameStar!));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));

        using var partial = new HttpRequestMessage(HttpMethod.Get, new Uri(link, UriKind.Relative));
        partial.Headers.Range = new RangeHeaderValue(100, 199);
        using var ranged = await agent.Client.SendAsync(partial, BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.PartialContent, ranged.StatusCode);
        Assert.Equal(bytes[100..200], await ranged.Content.ReadAsByteArrayAsync(BrowserSession.Ct));
        Assert.Equal("bytes 100-199/1000", ranged.Content.Headers.ContentRange!.ToString());
    }

    [Fact]
    public async Task Renaming_and_deleting_after_confirmation_are_written_in_the_journal()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var name = Unique("Cession");
        var id = await CreateFolderAsync(agent, name);
        var (_, page) = await agent.GetAsync(FolderUrl(id));
        var (_, details) = await agent.FollowAsync(await UploadAsync(agent, page, ("brouillon.pdf", Pdf(500)), ("annexe.pdf", Pdf(600))));

        // Renaming a document: its row's own form.
        var row = details.QuerySelectorAll("[data-testid=document-row]").Single(r => r.QuerySelector("[data-testid=document-name]")!.TextContent == "brouillon.pdf");
        var renameForm = (IHtmlFormElement)row.QuerySelector("[data-testid=rename-document-form]")!;
        var (_, renamed) = await agent.FollowAsync(await agent.SubmitFormAsync(details, renameForm, new Dictionary<string, string> { ["name"] = "contrat signé.pdf" }));
        Assert.Equal("Le document a été renommé.", Status(renamed));
        Assert.Equal(["annexe.pdf", "contrat signé.pdf"], Texts(renamed, "[data-testid=document-name]").Order(StringComparer.Ordinal));

        // A name with a path is refused beside the table, and nothing changes.
        row = renamed.QuerySelectorAll("[data-testid=document-row]").Single(r => r.QuerySelector("[data-testid=document-name]")!.TextContent == "annexe.pdf");
        var refused = await agent.SubmitFormAsync(renamed, (IHtmlFormElement)row.QuerySelector("[data-testid=rename-document-form]")!, new Dictionary<string, string> { ["name"] = "../annexe.pdf" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("Le nom « ../annexe.pdf » contient des caractères interdits", Summary(await BrowserSession.ParseAsync(refused)), StringComparison.Ordinal);

        // Renaming the folder.
        var (_, current) = await agent.GetAsync(FolderUrl(id));
        var folderForm = (IHtmlFormElement)current.QuerySelector("[data-testid=rename-folder-form]")!;
        var (_, folderRenamed) = await agent.FollowAsync(await agent.SubmitFormAsync(current, folderForm, new Dictionary<string, string> { ["name"] = name + " (vendu)" }));
        Assert.Equal(name + " (vendu)", folderRenamed.QuerySelector("[data-testid=folder-title]")!.TextContent);

        // Deleting asks first; nothing is deleted until the confirmation is posted.
        row = folderRenamed.QuerySelectorAll("[data-testid=document-row]").Single(r => r.QuerySelector("[data-testid=document-name]")!.TextContent == "annexe.pdf");
        var (_, confirm) = await agent.GetAsync(row.QuerySelector("[data-testid=delete-document]")!.GetAttribute("href")!);
        Assert.Equal("Supprimer définitivement « annexe.pdf » de ce dossier ?", confirm.QuerySelector("[data-testid=delete-question]")!.TextContent);
        Assert.Equal(2L, await DocumentCountAsync(id));
        var confirmForm = (IHtmlFormElement)confirm.QuerySelector("[data-testid=delete-confirmation] form")!;
        var (_, deleted) = await agent.FollowAsync(await agent.SubmitFormAsync(confirm, confirmForm, new Dictionary<string, string>()));
        Assert.Equal("Le document a été supprimé.", Status(deleted));
        Assert.Equal(["contrat signé.pdf"], Texts(deleted, "[data-testid=document-name]"));
        Assert.Equal(1L, await DocumentCountAsync(id));

        Assert.Equal(["Document supprimé", "Dossier renommé", "Document renommé"], JournalKinds(deleted).Take(3));
        var journal = Texts(deleted, "[data-testid=journal-detail]");
        Assert.Equal("annexe.pdf", journal[0]);
        Assert.Contains(name + " (vendu)", journal[1], StringComparison.Ordinal);
        Assert.Equal("brouillon.pdf → contrat signé.pdf", journal[2]);
    }

    [Fact]
    public async Task Another_organisations_folder_and_document_are_not_found()
    {
        using var agent1 = await SignedInAsync("agent1@demo.test");
        var id = await CreateFolderAsync(agent1, Unique("Confidentiel"));
        var (_, page) = await agent1.GetAsync(FolderUrl(id));
        var (_, details) = await agent1.FollowAsync(await UploadAsync(agent1, page, ("secret.pdf", Pdf(300))));
        var documentId = Guid.Parse(details.QuerySelector("[data-testid=document-row]")!.GetAttribute("data-document-id")!);

        using var agent3 = await SignedInAsync("agent3@demo.test");
        foreach (var url in new[] { FolderUrl(id), $"/Vault/Documents/Download/{documentId}" })
        {
            var (response, notFound) = await agent3.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("Page introuvable", notFound.QuerySelector("h1")!.TextContent);
        }

        // Forged posts with agent3's own antiforgery token: not found, and nothing changes.
        var (_, own) = await agent3.GetAsync("/Vault");
        var token = own.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var forged = new (string Url, Dictionary<string, string> Fields)[]
        {
            ($"{FolderUrl(id)}?handler=Rename", new() { ["name"] = "Pris" }),
            ($"{FolderUrl(id)}?handler=RenameDocument", new() { ["documentId"] = documentId.ToString(), ["name"] = "pris.pdf" }),
            ($"{FolderUrl(id)}?handler=DeleteDocument", new() { ["documentId"] = documentId.ToString() }),
        };
        foreach (var (url, fields) in forged)
        {
            fields["__RequestVerificationToken"] = token;
            using var post = new FormUrlEncodedContent(fields);
            var response = await agent3.Client.PostAsync(new Uri(url, UriKind.Relative), post, BrowserSession.Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var upload = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Pdf(300)), "files", "intrus.pdf" } };
        var uploaded = await agent3.Client.PostAsync(new Uri($"/Vault/Folders/Upload/{id}", UriKind.Relative), upload, BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.NotFound, uploaded.StatusCode);

        Assert.Equal(1L, await DocumentCountAsync(id));
        Assert.Equal(1L, await VaultScalarAsync("SELECT count(*) FROM documents WHERE upper(Id) = $id AND Name = 'secret.pdf'", ("$id", Key(documentId))));
    }

    [Fact]
    public async Task Only_agents_see_and_reach_the_vault()
    {
        using var external = await SignedInAsync("external@demo.test");
        foreach (var url in new[] { "/Vault", $"/Vault/Folders/Details/{Guid.NewGuid()}", $"/Vault/Documents/Download/{Guid.NewGuid()}" })
        {
            var denied = await external.Client.GetAsync(new Uri(url, UriKind.Relative), BrowserSession.Ct);
            Assert.True(BrowserSession.IsRedirect(denied), url);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var (_, externalHome) = await external.GetAsync("/");
        Assert.Null(externalHome.QuerySelector("[data-testid=nav-vault]"));

        using var agent = await SignedInAsync("agent1@demo.test");
        var (_, home) = await agent.GetAsync("/");
        Assert.Equal("Coffre", home.QuerySelector("[data-testid=nav-vault]")!.TextContent);
        Assert.Equal("/Vault", home.QuerySelector("[data-testid=nav-vault]")!.GetAttribute("href"));

        using var anonymous = new BrowserSession(factory);
        var signIn = await anonymous.Client.GetAsync(new Uri("/Vault", UriKind.Relative), BrowserSession.Ct);
        Assert.StartsWith("https://localhost/Identity/Account/Login", signIn.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_vault_speaks_english_when_asked()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var id = await CreateFolderAsync(agent, Unique("Registration"));
        var (_, page) = await agent.GetAsync(FolderUrl(id) + "?culture=en-GB");

        Assert.Equal("Maximum size: 4 KB per file. Accepted types: pdf, png, jpg, jpeg, gif, tif, tiff, webp, docx, xlsx, pptx, odt, ods.", page.QuerySelector("[data-testid=upload-rules]")!.TextContent);
        Assert.Equal(["Folder created"], JournalKinds(page));
    }

    internal static string FolderUrl(Guid id) => $"/Vault/Folders/Details/{id}";

    internal static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    /// <summary>A minimal PDF of exactly <paramref name="length"/> bytes: the signature, then filler.</summary>
    internal static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)('a' + (i % 26));
        }

        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = new BrowserSession(factory);
        var response = await session.SignInAsync(email);
        Assert.True(BrowserSession.IsRedirect(response), $"sign-in of {email} failed: {(int)response.StatusCode}");
        return session;
    }

    internal static async Task<Guid> CreateFolderAsync(BrowserSession agent, string name)
    {
        var (_, home) = await agent.GetAsync("/Vault");
        return FolderIdOf(await agent.SubmitAsync(home, new Dictionary<string, string> { ["Input.Name"] = name }));
    }

    private static Guid FolderIdOf(HttpResponseMessage response)
    {
        Assert.True(BrowserSession.IsRedirect(response), $"expected a redirect to the folder, got {(int)response.StatusCode}");
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/Vault/Folders/Details/", location, StringComparison.Ordinal);
        return Guid.Parse(location.Split('/')[^1]);
    }

    private static IHtmlFormElement UploadForm(IHtmlDocument page) => (IHtmlFormElement)page.QuerySelector("[data-testid=upload-form]")!;

    internal static Task<HttpResponseMessage> UploadAsync(BrowserSession agent, IHtmlDocument page, params (string FileName, byte[] Content)[] files) =>
        agent.SubmitFilesAsync(UploadForm(page), "files", files);

    private static IElement FolderRow(IHtmlDocument list, Guid id) =>
        list.QuerySelectorAll("[data-testid=folder-row]").Single(r => r.GetAttribute("data-folder-id") == id.ToString());

    private static string Status(IHtmlDocument page) => page.QuerySelector("[data-testid=status-message]")!.TextContent;

    private static string Summary(IHtmlDocument page) => page.QuerySelector("[data-testid=validation-summary]")!.TextContent.Trim();

    private static List<string> Texts(IHtmlDocument page, string selector) => [.. page.QuerySelectorAll(selector).Select(e => e.TextContent)];

    private static List<string> JournalKinds(IHtmlDocument page) => Texts(page, "[data-testid=journal-kind]");

    /// <summary>Every file the blob store holds, its temporary files included.</summary>
    private int BlobFiles()
    {
        var root = Path.Combine(factory.DataDirectory, "blobs");
        return Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count() : 0;
    }

    private Task<long> DocumentCountAsync(Guid folderId) => VaultScalarAsync("SELECT count(*) FROM documents WHERE upper(FolderId) = $id", ("$id", Key(folderId)));

    private async Task<long> VaultScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "vault.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(BrowserSession.Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
