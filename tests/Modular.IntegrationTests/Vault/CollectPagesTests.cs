using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Notifications.Infrastructure.Persistence;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.People;
using Modular.Vault.Infrastructure.Jobs;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// A Host of its own for collecting: its clock moves (deadlines, reminders), its vault takes files
/// of 4 Ko at most, and a link takes 3 files per item and 5 in all.
/// </summary>
public class CollectFixture : IDisposable
{
    public const int FilesPerItem = 3;
    public const int FilesPerLink = 5;

    public CollectFixture()
    {
        Host.Settings["Modular:Vault:MaxFileBytes"] = SmallVaultHostFactory.MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Host.Settings["Modular:Vault:MaxCollectedFilesPerItem"] = FilesPerItem.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Host.Settings["Modular:Vault:MaxCollectedFilesPerRequest"] = FilesPerLink.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public SharingApiHost Host { get; } = new();

    public void Dispose()
    {
        Host.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same collecting Host on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlCollectFixture : CollectFixture
{
    public PostgreSqlCollectFixture() => Host.UsePostgreSql();
}

/// <summary>
/// "Collecter des documents": the agent asks a person of the directory for documents, the person
/// uploads them through an upload-only link before the deadline; files land in the folder with a
/// journal entry, and the agent is told.
/// </summary>
public sealed class CollectPagesOnSqliteTests(CollectFixture fixture) : CollectPagesTests(fixture), IClassFixture<CollectFixture>;

public sealed class CollectPagesOnPostgreSqlTests(PostgreSqlCollectFixture fixture) : CollectPagesTests(fixture), IClassFixture<PostgreSqlCollectFixture>;

public abstract class CollectPagesTests(CollectFixture fixture)
{
    private static int _nextAddress;

    private SharingApiHost Host => fixture.Host;

    private static CancellationToken Ct => BrowserSession.Ct;

    [Fact]
    public async Task Bad_requests_are_explained_and_nothing_is_sent()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));
        var person = await PersonAsync(folder, "alain.dupont@example.fr");
        var silent = await PersonAsync(folder, email: null);
        var (_, form) = await agent.GetAsync(CollectUrl(person));
        Assert.Equal("DUPONT Alain", form.QuerySelector("[data-testid=collect-person]")!.TextContent);
        Assert.True(form.QuerySelectorAll("[data-testid=collect-item]").Length >= 5, "spare rows let items be typed without script");

        Assert.Contains("Indiquez au moins un document attendu.", await ErrorsAsync(agent, form, Fields(folder, Deadline(10))));
        Assert.Contains("Indiquez au moins un document attendu.", await ErrorsAsync(agent, form, Fields(folder, Deadline(10), "  ", "")));
        Assert.Contains("« CNI » est demandé deux fois.", await ErrorsAsync(agent, form, Fields(folder, Deadline(10), "CNI", "cni")));
        Assert.Contains("200 caractères au plus", await ErrorsAsync(agent, form, Fields(folder, Deadline(10), new string('x', 201))));
        Assert.Contains("La date limite doit être une date à venir.", await ErrorsAsync(agent, form, Fields(folder, Deadline(-1), "CNI")));
        Assert.Contains("La date limite doit être une date à venir.", await ErrorsAsync(agent, form, Fields(folder, "", "CNI")));
        Assert.Contains("La date limite est au plus dans 90 jours.", await ErrorsAsync(agent, form, Fields(folder, Deadline(91), "CNI")));
        var (_, silentForm) = await agent.GetAsync(CollectUrl(silent));
        Assert.Contains("Cette personne n'a pas d'adresse courriel : complétez sa fiche pour lui demander des documents.", await ErrorsAsync(agent, silentForm, Fields(folder, Deadline(10), "CNI")));
        Assert.Equal(0, await CountAsync(c => c.FolderId == folder));

        // Another organisation's agent finds neither the person nor the folder.
        using var agent3 = await SignedInAsync("agent3@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await agent3.GetAsync(CollectUrl(person))).Response.StatusCode);
        var folder3 = await VaultPagesTests.CreateFolderAsync(agent3, VaultPagesTests.Unique("Autre"));
        var person3 = await PersonAsync(folder3, "autre@example.fr");
        Assert.Equal(HttpStatusCode.NotFound, (await agent.SubmitAsync(form, Fields(folder3, Deadline(10), "CNI"))).StatusCode);
        var (_, form3) = await agent3.GetAsync(CollectUrl(person3));
        Assert.Equal(HttpStatusCode.NotFound, (await agent3.SubmitAsync(form3, Fields(folder, Deadline(10), "CNI"))).StatusCode);
        Assert.Equal(0, await CountAsync(c => c.FolderId == folder || c.FolderId == folder3));
    }

    [Fact]
    public async Task The_person_sees_only_the_expected_items_and_an_upload_lands_in_the_folder_with_journal_and_notice()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));
        var (_, folderPage) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        await VaultPagesTests.UploadAsync(agent, folderPage, ("secret interne.pdf", VaultPagesTests.Pdf(500)));
        var person = await PersonAsync(folder, "alain.dupont@example.fr");
        var (created, path) = await CollectAsync(agent, person, folder, 10, "Carte d'identité", "Justificatif de domicile");
        Assert.Equal("La demande a été envoyée par courriel à la personne.", created.QuerySelector("[data-testid=status-message]")!.TextContent);
        var requestId = await RequestIdAsync(folder);
        Assert.Equal(1, await MessagesAsync("vault.collection-request", "alain.dupont@example.fr", requestId));

        using var visitor = Anonymous();
        var (opened, page) = await visitor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("no-referrer", opened.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", opened.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal("Cabinet Démo demande ces documents à DUPONT Alain.", page.QuerySelector("[data-testid=depot-sender]")!.TextContent);
        Assert.Equal(["Carte d'identité", "Justificatif de domicile"], page.QuerySelectorAll("[data-testid=depot-item-label]").Select(e => e.TextContent));
        Assert.DoesNotContain("secret interne", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("a[href*='/files'], a[download]"));

        var bytes = VaultPagesTests.Pdf(1500);
        var after = await UploadAsync(visitor, page, "Carte d'identité", "cni.pdf", bytes);
        Assert.Equal("« cni.pdf » a bien été reçu.", after.QuerySelector("[data-testid=status-message]")!.TextContent);
        var received = after.QuerySelectorAll("[data-testid=depot-item]").Single(i => i.QuerySelector("[data-testid=depot-item-label]")!.TextContent == "Carte d'identité");
        Assert.StartsWith("« cni.pdf » reçu le ", received.QuerySelector("[data-testid=depot-item-received]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("secret interne", after.Body!.TextContent, StringComparison.Ordinal);

        var (_, folderAfter) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Contains("cni.pdf", folderAfter.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Document collecté", folderAfter.QuerySelectorAll("[data-testid=journal-kind]").Select(e => e.TextContent));
        Assert.Contains("Documents demandés", folderAfter.QuerySelectorAll("[data-testid=journal-kind]").Select(e => e.TextContent));
        var row = Assert.Single(folderAfter.QuerySelectorAll("[data-testid=collection-row]"));
        Assert.Contains("1 / 2", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("En attente", row.QuerySelector("[data-testid=collection-status]")!.TextContent);
        Assert.Equal(1, await MessagesAsync("vault.document-collected", "agent1@demo.test", requestId));

        var (_, list) = await agent.GetAsync(CollectUrl(person));
        Assert.Equal("1 reçu sur 2", list.QuerySelector("[data-testid=collect-received]")!.TextContent);
        Assert.Equal("En attente", list.QuerySelector("[data-testid=collect-status]")!.TextContent);

        var complete = await UploadAsync(visitor, after, "Justificatif de domicile", "edf.pdf", VaultPagesTests.Pdf(900));
        Assert.Equal("Tous les documents demandés ont été reçus. Merci !", complete.QuerySelector("[data-testid=depot-closed]")!.TextContent);
        Assert.Empty(complete.QuerySelectorAll("[data-testid=depot-form]"));
    }

    [Fact]
    public async Task A_file_of_the_wrong_type_or_too_large_is_refused_with_its_reason_and_nothing_is_stored()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));
        var person = await PersonAsync(folder, "alain.dupont@example.fr");
        var (_, path) = await CollectAsync(agent, person, folder, 10, "RIB");
        using var visitor = Anonymous();
        var (_, page) = await visitor.GetAsync(path);

        var exe = await UploadAsync(visitor, page, "RIB", "rib.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
        Assert.Contains("« rib.exe » n'est pas d'un type accepté par le coffre", exe.QuerySelector("[data-testid=depot-refusal]")!.TextContent, StringComparison.Ordinal);
        var disguised = await UploadAsync(visitor, page, "RIB", "rib.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        Assert.Contains("ne correspond pas à son extension", disguised.QuerySelector("[data-testid=depot-refusal]")!.TextContent, StringComparison.Ordinal);
        var large = await UploadAsync(visitor, page, "RIB", "rib.pdf", VaultPagesTests.Pdf(SmallVaultHostFactory.MaxFileBytes + 1));
        Assert.Contains("dépasse la taille autorisée de 4 Ko par fichier", large.QuerySelector("[data-testid=depot-refusal]")!.TextContent, StringComparison.Ordinal);

        Assert.Empty(large.QuerySelectorAll("[data-testid=depot-item-received]"));
        await using var scope = Host.Services.CreateAsyncScope();
        var vault = scope.ServiceProvider.GetRequiredService<VaultDbContext>();
        Assert.Equal(0, await vault.Documents.CountAsync(d => d.FolderId == folder, Ct));
        Assert.Equal(0, await vault.Journal.CountAsync(j => j.FolderId == folder && j.Kind == Modular.Vault.Domain.Folders.JournalKind.DocumentCollected, Ct));
    }

    [Fact]
    public async Task A_flood_of_uploads_stops_at_the_caps_per_item_and_per_link_and_the_agent_is_told_only_of_the_files_kept()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));
        var person = await PersonAsync(folder, "alain.dupont@example.fr");
        var (_, path) = await CollectAsync(agent, person, folder, 10, "Carte d'identité", "RIB", "Avis d'imposition");
        var requestId = await RequestIdAsync(folder);
        using var visitor = Anonymous();
        var (_, page) = await visitor.GetAsync(path);

        // Ten files at once for one item: three are kept, the others refused with the reason.
        var identity = await FloodAsync(visitor, page, "Carte d'identité", firstSize: 2000);
        Assert.Equal(CollectFixture.FilesPerItem, identity.Kept);
        Assert.All(identity.Refusals, r => Assert.Equal("« Carte d'identité » a déjà reçu 3 fichiers : c'est le maximum pour un document demandé. Pour en remplacer un, contactez la personne qui vous a fait la demande.", r));

        // Another item: its first file is kept; more would take the place the last item still needs.
        var rib = await FloodAsync(visitor, page, "RIB", firstSize: 2100);
        Assert.Equal(1, rib.Kept);
        Assert.All(rib.Refusals, r => Assert.Equal("Cette demande accepte 5 fichiers au plus, en gardant une place pour chaque document encore attendu : envoyez d'abord ceux-là.", r));

        // The last item's first file completes the request: the link took 5 files, its cap, and no more.
        var tax = await FloodAsync(visitor, page, "Avis d'imposition", firstSize: 2200);
        Assert.Equal(1, tax.Kept);
        Assert.All(tax.Refusals, r => Assert.Equal("Tous les documents demandés ont été reçus. Merci !", r));
        Assert.Equal(CollectFixture.FilesPerLink, await DocumentsAsync(folder));
        Assert.Equal(CollectFixture.FilesPerLink, await MessagesAsync("vault.document-collected", "agent1@demo.test", requestId));
        var (_, after) = await visitor.GetAsync(path);
        Assert.Equal(CollectFixture.FilesPerLink, after.QuerySelectorAll("[data-testid=depot-item-received]").Length);

        // Nothing of a refused file stays behind (each file had its own content, so its own blob).
        await using var scope = Host.Services.CreateAsyncScope();
        var blobs = scope.ServiceProvider.GetRequiredService<Modular.SharedKernel.Storage.IBlobStore>();
        foreach (var refused in identity.RefusedFiles.Concat(rib.RefusedFiles).Concat(tax.RefusedFiles))
        {
            Assert.False(await blobs.ExistsAsync(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(refused)), Ct));
        }
    }

    [Fact]
    public async Task After_the_deadline_the_page_says_so_and_uploads_are_refused()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));
        var person = await PersonAsync(folder, "alain.dupont@example.fr");
        var (_, path) = await CollectAsync(agent, person, folder, 1, "CNI");
        using var visitor = Anonymous();
        var (_, page) = await visitor.GetAsync(path);

        Host.Time.Advance(TimeSpan.FromDays(2));

        var late = await UploadAsync(visitor, page, "CNI", "cni.pdf", VaultPagesTests.Pdf(800));
        Assert.Equal("La date limite est passée : plus aucun dépôt n'est possible. Contactez la personne qui vous a fait la demande.", late.QuerySelector("[data-testid=depot-closed]")!.TextContent);
        Assert.Empty(late.QuerySelectorAll("[data-testid=depot-form]"));
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<VaultDbContext>().Documents.CountAsync(d => d.FolderId == folder, Ct));
    }

    [Fact]
    public async Task Unknown_links_are_not_found_and_too_many_from_one_address_get_429_with_retry_after()
    {
        using var scanner = Anonymous();
        for (var i = 0; i < 20; i++)
        {
            var (unknown, page) = await scanner.GetAsync("/depot/" + UnknownToken());
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal("Ce lien de dépôt n'existe pas ou a été remplacé par une relance. Vérifiez l'adresse reçue dans le dernier courriel.", page.QuerySelector("[data-testid=depot-error]")!.TextContent);
        }

        var (refused, refusal) = await scanner.GetAsync("/depot/not-a-token");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.StartsWith("Trop de tentatives depuis votre adresse", refusal.QuerySelector("[data-testid=depot-error]")!.TextContent, StringComparison.Ordinal);

        // Another address is not affected.
        using var neighbour = Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync("/depot/" + UnknownToken())).Response.StatusCode);
    }

    [Fact]
    public async Task The_worker_sends_one_reminder_without_link_2_days_before_the_deadline_and_the_link_keeps_working()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));
        var person = await PersonAsync(folder, "alain.dupont@example.fr");
        var (_, path) = await CollectAsync(agent, person, folder, 5, "CNI");
        var requestId = await RequestIdAsync(folder);
        var worker = Host.Services.GetRequiredService<CollectionReminderWorker>();

        await worker.RemindAsync(Ct);
        Assert.Equal(0, await MessagesAsync("vault.collection-reminder", "alain.dupont@example.fr", requestId));

        Host.Time.Advance(TimeSpan.FromDays(4));
        await worker.RemindAsync(Ct);
        await worker.RemindAsync(Ct);

        Assert.Equal(1, await MessagesAsync("vault.collection-reminder", "alain.dupont@example.fr", requestId));
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var request = await scope.ServiceProvider.GetRequiredService<VaultDbContext>().CollectionRequests.SingleAsync(c => c.Id == requestId, Ct);
            Assert.Equal(1, request.RemindersSent);
            Assert.NotNull(request.AutomaticReminderAt);
        }

        using var visitor = Anonymous();
        var (opened, page) = await visitor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=depot-form]"));
    }

    [Fact]
    public async Task Reminding_by_hand_sends_a_new_link_and_the_old_one_stops_working_and_cancelling_closes_it()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));
        var person = await PersonAsync(folder, "alain.dupont@example.fr");
        var (list, oldPath) = await CollectAsync(agent, person, folder, 10, "CNI");
        Assert.Contains("le lien du courriel précédent ne fonctionne plus", list.Body!.TextContent, StringComparison.Ordinal);

        var (_, reminded) = await agent.FollowAsync(await ClickAsync(agent, list, "collect-remind"));
        Assert.Equal("Relance envoyée avec un nouveau lien : l'ancien lien ne fonctionne plus.", reminded.QuerySelector("[data-testid=status-message]")!.TextContent);
        var newPath = new Uri(reminded.QuerySelector<IHtmlInputElement>("[data-testid=collect-url]")!.Value).AbsolutePath;
        Assert.NotEqual(oldPath, newPath);
        Assert.Equal(1, await MessagesAsync("vault.collection-reminder", "alain.dupont@example.fr", await RequestIdAsync(folder)));

        using var visitor = Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(oldPath)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(newPath)).Response.StatusCode);

        var (_, again) = await agent.GetAsync(CollectUrl(person));
        var (_, cancelled) = await agent.FollowAsync(await ClickAsync(agent, again, "collect-cancel"));
        Assert.Equal("Annulée", cancelled.QuerySelector("[data-testid=collect-status]")!.TextContent);
        var (_, closed) = await visitor.GetAsync(newPath);
        Assert.Equal("Cette demande a été annulée : plus aucun dépôt n'est possible.", closed.QuerySelector("[data-testid=depot-closed]")!.TextContent);
        Assert.Empty(closed.QuerySelectorAll("[data-testid=depot-form]"));
    }

    [Fact]
    public async Task The_api_creates_a_request_with_201_and_explains_refusals_as_problems()
    {
        using var agent = await Host.CallerAsync("agent1@demo.test", scope: "openid vault.read vault.write");
        var folder = (await ApiCaller.ExpectAsync(await agent.PostAsync("/api/v1/vault/folders", new { name = VaultPagesTests.Unique("Dossier API"), isPublic = false }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var person = await PersonAsync(folder, "alain.dupont@example.fr");
        var silent = await PersonAsync(folder, email: null);
        const string Path = "/api/v1/vault/collection-requests";

        var created = await ApiCaller.ExpectAsync(
            await agent.PostAsync(Path, new { folderId = folder, personId = person, items = new[] { "CNI", "RIB" }, deadline = Deadline(10), message = "Merci" }), HttpStatusCode.Created);
        Assert.Matches("/depot/[A-Za-z0-9_-]{43}$", created.GetProperty("url").GetString());
        Assert.True(created.GetProperty("emailed").GetBoolean());

        var noEmail = await ApiCaller.ExpectProblemAsync(
            await agent.PostAsync(Path, new { folderId = folder, personId = silent, items = new[] { "CNI" }, deadline = Deadline(10) }), HttpStatusCode.UnprocessableEntity, "collection-no-email");
        Assert.Equal("Cette personne n'a pas d'adresse courriel : complétez sa fiche pour lui demander des documents.", noEmail.GetProperty("detail").GetString());
        await ApiCaller.ExpectProblemAsync(await agent.PostAsync(Path, new { folderId = folder, personId = Guid.NewGuid(), items = new[] { "CNI" }, deadline = Deadline(10) }), HttpStatusCode.NotFound, "person-not-found");
        await ApiCaller.ExpectProblemAsync(await agent.PostAsync(Path, new { folderId = Guid.NewGuid(), personId = person, items = new[] { "CNI" }, deadline = Deadline(10) }), HttpStatusCode.NotFound, "folder-not-found");
        Assert.Equal(1, await CountAsync(c => c.FolderId == folder));
    }

    private static string CollectUrl(Guid person) => $"/Vault/People/Collect/{person}";

    private string Deadline(int days) => DateOnly.FromDateTime(Host.Time.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Fields(Guid folder, string deadline, params string[] items)
    {
        var fields = new Dictionary<string, string> { ["FolderId"] = folder.ToString(), ["Deadline"] = deadline };
        for (var i = 0; i < items.Length; i++)
        {
            fields[$"Items[{i}]"] = items[i];
        }

        return fields;
    }

    private static async Task<string> ErrorsAsync(BrowserSession agent, IHtmlDocument form, Dictionary<string, string> fields)
    {
        var response = await agent.SubmitAsync(form, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await BrowserSession.ParseAsync(response)).QuerySelector("[data-testid=collect-errors]")!.TextContent;
    }

    /// <summary>Sends a request; returns the agent's page after it and the path of the link it shows once.</summary>
    private async Task<(IHtmlDocument Page, string Path)> CollectAsync(BrowserSession agent, Guid person, Guid folder, int deadlineDays, params string[] items)
    {
        var (_, form) = await agent.GetAsync(CollectUrl(person));
        var response = await agent.SubmitAsync(form, Fields(folder, Deadline(deadlineDays), items));
        Assert.True(BrowserSession.IsRedirect(response), $"the request was not made: {(int)response.StatusCode}");
        var (_, page) = await agent.FollowAsync(response);
        var url = new Uri(page.QuerySelector<IHtmlInputElement>("[data-testid=collect-url]")!.Value);
        Assert.Matches("^/depot/[A-Za-z0-9_-]{43}$", url.AbsolutePath);
        return (page, url.AbsolutePath);
    }

    private static async Task<IHtmlDocument> UploadAsync(BrowserSession visitor, IHtmlDocument page, string item, string fileName, byte[] bytes)
    {
        var form = page.QuerySelectorAll("[data-testid=depot-form]").OfType<IHtmlFormElement>()
            .Single(f => f.QuerySelector<IHtmlInputElement>("input[name=item]")!.Value == item);
        var response = await visitor.SubmitFilesAsync(form, "file", [(fileName, bytes)]);
        return (await visitor.FollowAsync(response)).Document;
    }

    /// <summary>Posts ten files for one item at the same time, each of its own size (so its own content).</summary>
    private static async Task<(int Kept, IReadOnlyList<string> Refusals, IReadOnlyList<byte[]> RefusedFiles)> FloodAsync(BrowserSession visitor, IHtmlDocument page, string item, int firstSize)
    {
        var form = page.QuerySelectorAll("[data-testid=depot-form]").OfType<IHtmlFormElement>()
            .Single(f => f.QuerySelector<IHtmlInputElement>("input[name=item]")!.Value == item);
        var files = Enumerable.Range(0, 10).Select(i => (Name: $"fichier {i}.pdf", Bytes: VaultPagesTests.Pdf(firstSize + i))).ToList();
        var responses = await Task.WhenAll(files.Select(f => visitor.SubmitFilesAsync(form, "file", [(f.Name, f.Bytes)])));
        var refusals = new List<string>();
        var refusedFiles = new List<byte[]>();
        for (var i = 0; i < responses.Length; i++)
        {
            if (!BrowserSession.IsRedirect(responses[i]))
            {
                var refused = await BrowserSession.ParseAsync(responses[i]);
                refusals.Add(refused.QuerySelector("[data-testid=depot-refusal]")?.TextContent.Trim() ?? refused.QuerySelector("[data-testid=depot-closed]")?.TextContent.Trim() ?? "");
                refusedFiles.Add(files[i].Bytes);
            }
        }

        return (responses.Length - refusedFiles.Count, refusals, refusedFiles);
    }

    private async Task<int> DocumentsAsync(Guid folder)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VaultDbContext>().Documents.CountAsync(d => d.FolderId == folder, Ct);
    }

    private static Task<HttpResponseMessage> ClickAsync(BrowserSession agent, IHtmlDocument page, string button)
    {
        var row = page.QuerySelectorAll("[data-testid=collect-request]").First();
        var form = (IHtmlFormElement)row.QuerySelector("form")!;
        return agent.SubmitFormAsync(page, form, new Dictionary<string, string>(), row.QuerySelector($"[data-testid={button}]")!.GetAttribute("formaction"));
    }

    /// <summary>A person of the organisation that owns <paramref name="folder"/>, put in the directory directly.</summary>
    private async Task<Guid> PersonAsync(Guid folder, string? email)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var vault = scope.ServiceProvider.GetRequiredService<VaultDbContext>();
        var organisationId = await vault.Folders.Where(f => f.Id == folder).Select(f => f.OrganisationId).SingleAsync(Ct);
        var person = Person.Create(organisationId, "Cabinet Démo", new PersonDetails("Dupont", "Alain", null, email, null, null, null, null, null, null), Guid.NewGuid(), Host.Time.GetUtcNow()).Value;
        vault.People.Add(person);
        await vault.SaveChangesAsync(Ct);
        return person.Id;
    }

    private async Task<Guid> RequestIdAsync(Guid folder)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VaultDbContext>().CollectionRequests.Where(c => c.FolderId == folder).Select(c => c.Id).SingleAsync(Ct);
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<CollectionRequest, bool>> where)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VaultDbContext>().CollectionRequests.CountAsync(where, Ct);
    }

    private async Task<int> MessagesAsync(string template, string recipient, Guid requestId)
    {
        await Host.OutboxesDrainedAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var messages = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Messages;
        return await messages.CountAsync(m => m.TemplateKey == template && m.RecipientAddress == recipient && m.AggregateId == requestId.ToString(), Ct);
    }

    private BrowserSession Anonymous()
    {
        var session = new BrowserSession(Host);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{Interlocked.Increment(ref _nextAddress) % 250 + 1}");
        return session;
    }

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = new BrowserSession(Host);
        Assert.True(BrowserSession.IsRedirect(await session.SignInAsync(email)), $"sign-in of {email} failed");
        return session;
    }

    private static string UnknownToken() => System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
