using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.SharedKernel.Storage;
using Modular.Tests.Shared;
using Modular.Vault.Contracts;
using Modular.Vault.Infrastructure.Jobs;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// Deleting a vault folder: confirmed with its name and its number of documents, it takes its
/// documents (and their bytes) with it, revokes its links, removes the rights given on it and
/// cancels its requests, so nothing is left dangling; its journal is kept among the deleted folders.
/// </summary>
public sealed class FolderDeletionTests(VaultApiFixture fixture) : IClassFixture<VaultApiFixture>
{
    private const string Folders = "/api/v1/vault/folders";
    private const string Documents = "/api/v1/vault/documents";
    private const string Links = "/api/v1/vault/download-links";

    private SharingApiHost Host => fixture.Host;

    [Fact]
    public async Task A_confirmed_deletion_takes_the_documents_links_rights_and_requests_and_keeps_the_journal()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var name = VaultPagesTests.Unique("Sinistre auto");
        var folder = (await ExpectAsync(await agent1.PostAsync(Folders, new { name, isPublic = false }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var first = Pdf(1500);
        var second = Pdf(2500);
        var ids = await VaultApiCalls.UploadAsync(agent1, folder, ("constat.pdf", first), ("photos.pdf", second));
        var active = await VaultApiCalls.CreateLinkAsync(agent1, ids, "123123", "expert@exemple.test");
        var inSession = await VaultApiCalls.CreateLinkAsync(agent1, ids[..1], "456456", recipient: null);
        using var anonymous = Host.CreateApiClient();
        var session = (await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{inSession.Token}/redeem", new { code = "456456" }, Ct), HttpStatusCode.OK))
            .GetProperty("sessionToken").GetString()!;
        var archive = await FetchAsync(anonymous, $"{Links}/{inSession.Token}/files.zip", session);
        Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
        var archiveBlob = Sha256(await archive.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(File.Exists(BlobPath(archiveBlob)));
        var person = await InvitationAgent.SendAsync(Host, new CreatePersonCommand(new PersonInput("Garnier", "Luc", Email: InvitationAgent.Unique("garnier"))));
        await InvitationAgent.SendAsync(Host, new GrantPersonAccessCommand(folder, person, FolderAccessLevel.Write));
        var deadline = DateOnly.FromDateTime(Host.Time.GetUtcNow().UtcDateTime.AddDays(10));
        var collection = await InvitationAgent.SendAsync(Host, new CreateCollectionRequestCommand(folder, person, ["Rapport d'expertise"], deadline, null, "fr-FR"));

        using var page = await SignedInAsync("agent1@demo.test");
        var (_, details) = await page.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Equal($"/Vault/Folders/Delete/{folder}", details.QuerySelector("[data-testid=delete-folder]")!.GetAttribute("href"));
        var (shown, confirmation) = await page.GetAsync($"/Vault/Folders/Delete/{folder}");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal($"Supprimer définitivement le dossier « {name} » et ses 2 documents (3,9 Ko) ?", Text(confirmation, "delete-folder-question"));
        Assert.Equal("2 liens de téléchargement encore utilisables seront révoqués (une session de téléchargement en cours s'arrête) ;", Text(confirmation, "delete-folder-links"));
        Assert.Equal("1 accès donné sur ce dossier sera retiré ;", Text(confirmation, "delete-folder-grants"));
        Assert.Equal("1 demande de documents en cours sera annulée.", Text(confirmation, "delete-folder-collections"));
        Assert.Equal("Supprimer le dossier et ses 2 documents", Text(confirmation, "confirm-delete-folder"));

        // Until it is confirmed, nothing is deleted.
        Assert.Equal(2, (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.OK)).GetArrayLength());

        var deleted = await ConfirmAsync(page, confirmation);
        Assert.True(BrowserSession.IsRedirect(deleted), $"expected a redirect, got {(int)deleted.StatusCode}: {(await BrowserSession.ParseAsync(deleted)).Body?.TextContent}");
        var (_, list) = await page.FollowAsync(deleted);
        Assert.Equal($"Le dossier « {name} » et ses 2 documents ont été supprimés.", Text(list, "status-message"));
        Assert.DoesNotContain(list.QuerySelectorAll("[data-testid=folder-row]"), r => r.GetAttribute("data-folder-id") == folder.ToString());

        // Gone for everyone: the folder, its documents and their bytes.
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync(VaultPagesTests.FolderUrl(folder))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Vault/Folders/Delete/{folder}")).Response.StatusCode);
        await ExpectProblemAsync(await agent1.GetAsync($"{Folders}/{folder}"), HttpStatusCode.NotFound, "folder-not-found");
        foreach (var id in ids)
        {
            await ExpectProblemAsync(await agent1.GetAsync($"{Documents}/{id}/content"), HttpStatusCode.NotFound, "document-not-found");
            Assert.Equal(HttpStatusCode.NotFound, (await page.Client.GetAsync(new Uri($"/Vault/Documents/Download/{id}", UriKind.Relative), Ct)).StatusCode);
        }

        Assert.False(File.Exists(BlobPath(Sha256(first))));
        Assert.False(File.Exists(BlobPath(Sha256(second))));
        Assert.False(File.Exists(BlobPath(archiveBlob)));
        Assert.Equal(0L, await VaultScalarAsync("SELECT count(*) FROM blob_purges"));
        Assert.DoesNotContain((await ExpectAsync(await agent1.GetAsync(Folders), HttpStatusCode.OK)).EnumerateArray(), f => f.GetProperty("id").GetGuid() == folder);

        // Its links are revoked (the open session too), its rights removed, its request cancelled.
        await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{active.Token}/redeem", new { code = "123123" }, Ct), HttpStatusCode.Gone, "link-revoked");
        await ExpectProblemAsync(await FetchAsync(anonymous, $"{Links}/{inSession.Token}/files/{ids[0]}", session), HttpStatusCode.Gone, "link-revoked");
        using var recipient = new BrowserSession(Host);
        Assert.Equal("Ce lien a été révoqué par l'expéditeur : il ne permet plus de télécharger les documents. Demandez-lui un nouveau lien si besoin.",
            Text((await recipient.GetAsync($"/l/{active.Token}")).Document, "link-error"));
        Assert.Equal(0L, await VaultScalarAsync("SELECT count(*) FROM access_grants WHERE upper(FolderId) = $id", ("$id", Key(folder))));
        var (_, depot) = await recipient.GetAsync(new Uri(collection.Url).PathAndQuery);
        Assert.Equal("Cette demande a été annulée : plus aucun dépôt n'est possible.", Text(depot, "depot-closed"));
        var personDetails = await InvitationAgent.SendAsync(Host, new GetPersonQuery(person));
        Assert.DoesNotContain(personDetails.Access, a => a.FolderId == folder);

        // The journal stays, among the deleted folders, with who deleted the folder and what went with it.
        var (_, deletedList) = await page.GetAsync("/Vault/Deleted");
        var row = deletedList.QuerySelectorAll("[data-testid=deleted-folder-row]").Single(r => r.GetAttribute("data-folder-id") == folder.ToString());
        Assert.Equal(name, row.QuerySelector("[data-testid=deleted-folder-name]")!.TextContent);
        Assert.Equal("agent1@demo.test", row.QuerySelector("[data-testid=deleted-folder-by]")!.TextContent);
        Assert.Equal("2", row.QuerySelector("[data-testid=deleted-folder-count]")!.TextContent);
        Assert.Contains("2 documents supprimés", row.TextContent, StringComparison.Ordinal);
        var (_, journal) = await page.GetAsync(row.QuerySelector("[data-testid=deleted-folder-journal]")!.GetAttribute("href")!);
        Assert.Equal($"Journal du dossier supprimé « {name} »", Text(journal, "deleted-folder-title"));
        var lines = journal.QuerySelectorAll("[data-testid=journal-entry]").ToList();
        Assert.Equal("FolderDeleted", lines[0].GetAttribute("data-kind"));
        Assert.Equal($"« {name} » (2 documents), par agent1@demo.test ; 2 liens révoqués, 1 accès retiré, 1 demande de documents annulée",
            lines[0].QuerySelector("[data-testid=journal-detail]")!.TextContent);
        Assert.Equal("FolderCreated", lines[^1].GetAttribute("data-kind"));
        Assert.Contains(lines, l => l.GetAttribute("data-kind") == "DocumentUploaded");

        // The name is free again.
        await ExpectAsync(await agent1.PostAsync(Folders, new { name, isPublic = false }), HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_API_deletes_a_folder_once_and_a_blob_another_document_holds_stays()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var shared = Pdf(1800);
        var folder = await VaultApiCalls.CreateFolderAsync(agent1);
        var kept = await VaultApiCalls.CreateFolderAsync(agent1);
        var ids = await VaultApiCalls.UploadAsync(agent1, folder, ("copie.pdf", shared), ("seul.pdf", Pdf(900)));
        var keptIds = await VaultApiCalls.UploadAsync(agent1, kept, ("original.pdf", shared));

        var mismatch = await ExpectProblemAsync(await agent1.DeleteAsync($"{Folders}/{folder}?documentCount=1"), HttpStatusCode.Conflict, "folder-changed");
        Assert.Equal(2, mismatch.GetProperty("documentCount").GetInt32());
        Assert.Equal("Le dossier a changé depuis votre confirmation : il contient maintenant 2 documents. Vérifiez-le puis confirmez de nouveau.", mismatch.GetProperty("detail").GetString());
        Assert.Equal(2, (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.OK)).GetArrayLength());

        using var reader = await fixture.CallerAsync("agent1@demo.test", scope: "openid vault.read");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.DeleteAsync($"{Folders}/{folder}")).StatusCode);

        var first = agent1.DeleteAsync($"{Folders}/{folder}?documentCount=2");
        var second = agent1.DeleteAsync($"{Folders}/{folder}?documentCount=2");
        await Task.WhenAll(first, second);
        Assert.Equal(new[] { HttpStatusCode.NoContent, HttpStatusCode.NotFound }, new[] { first.Result.StatusCode, second.Result.StatusCode }.Order());
        Assert.Equal(1L, await VaultScalarAsync("SELECT count(*) FROM journal_entries WHERE Kind = 'FolderDeleted' AND upper(FolderId) = $id", ("$id", Key(folder))));
        Assert.Equal(0L, await VaultScalarAsync("SELECT count(*) FROM documents WHERE upper(FolderId) = $id", ("$id", Key(folder))));

        // The copy's bytes are the other folder's document's too: they stay, and it downloads.
        Assert.True(File.Exists(BlobPath(Sha256(shared))));
        var download = await agent1.GetAsync($"{Documents}/{keptIds[0]}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(shared, await download.Content.ReadAsByteArrayAsync(Ct));
        await ExpectProblemAsync(await agent1.GetAsync($"{Documents}/{ids[0]}/content"), HttpStatusCode.NotFound, "document-not-found");
        await ExpectProblemAsync(await agent1.DeleteAsync($"{Folders}/{folder}"), HttpStatusCode.NotFound, "folder-not-found");
    }

    [Fact]
    public async Task Another_organisations_folder_and_a_persons_home_page_are_not_deleted()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        using var agent3 = await fixture.CallerAsync("agent3@demo.test");
        var folder = await VaultApiCalls.CreateFolderAsync(agent1);
        await VaultApiCalls.UploadAsync(agent1, folder, ("cerfa.pdf", Pdf(700)));

        var problem = await ExpectProblemAsync(await agent3.DeleteAsync($"{Folders}/{folder}"), HttpStatusCode.NotFound, "folder-not-found");
        Assert.Equal("Ce dossier est introuvable dans votre coffre.", problem.GetProperty("detail").GetString());
        await ExpectProblemAsync(await agent3.DeleteAsync($"{Folders}/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "folder-not-found");
        using var page3 = await SignedInAsync("agent3@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await page3.GetAsync($"/Vault/Folders/Delete/{folder}")).Response.StatusCode);
        var folder3 = await VaultApiCalls.CreateFolderAsync(agent3);
        var (_, own) = await page3.GetAsync($"/Vault/Folders/Delete/{folder3}");
        var form = (IHtmlFormElement)own.QuerySelector("[data-testid=confirm-delete-folder]")!.Closest("form")!;
        var posted = await page3.SubmitFormAsync(own, form, new Dictionary<string, string> { ["documentCount"] = "1" }, target: $"/Vault/Folders/Delete/{folder}");
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(1, (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.OK)).GetArrayLength());
        Assert.Equal(0L, await VaultScalarAsync("SELECT count(*) FROM journal_entries WHERE Kind = 'FolderDeleted' AND upper(FolderId) IN ($a, $b)", ("$a", Key(folder)), ("$b", Key(folder3))));
        var (_, deleted3) = await page3.GetAsync("/Vault/Deleted");
        Assert.Empty(deleted3.QuerySelectorAll("[data-testid=deleted-folder-row]"));
        Assert.Equal(HttpStatusCode.NotFound, (await page3.GetAsync($"/Vault/Deleted/{folder}")).Response.StatusCode);

        // A person's home page is theirs while they are invited.
        var invitation = await InvitationAgent.InviteAsync(Host, "Roux", InvitationAgent.Unique("roux"));
        var home = (await InvitationAgent.SendAsync(Host, new GetPersonQuery(invitation.PersonId))).HomeFolderId!.Value;
        problem = await ExpectProblemAsync(await agent1.DeleteAsync($"{Folders}/{home}"), HttpStatusCode.Conflict, "folder-is-home-page");
        Assert.Equal("La page d'accueil d'une personne invitée ne peut pas être supprimée : elle reste la sienne tant qu'elle a accès au coffre.", problem.GetProperty("detail").GetString());
        using var page1 = await SignedInAsync("agent1@demo.test");
        var (_, homePage) = await page1.GetAsync(VaultPagesTests.FolderUrl(home));
        Assert.Null(homePage.QuerySelector("[data-testid=delete-folder]"));
        var (_, refusal) = await page1.GetAsync($"/Vault/Folders/Delete/{home}");
        Assert.NotNull(refusal.QuerySelector("[data-testid=delete-folder-refused]"));
        Assert.Null(refusal.QuerySelector("[data-testid=confirm-delete-folder]"));
        await ExpectAsync(await agent1.GetAsync($"{Folders}/{home}"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_document_uploaded_after_the_confirmation_is_shown_before_anything_is_deleted()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await VaultApiCalls.CreateFolderAsync(agent1);
        await VaultApiCalls.UploadAsync(agent1, folder, ("cerfa.pdf", Pdf(700)));
        using var page = await SignedInAsync("agent1@demo.test");
        var (_, confirmation) = await page.GetAsync($"/Vault/Folders/Delete/{folder}");
        Assert.Equal("Supprimer le dossier et son document", Text(confirmation, "confirm-delete-folder"));
        Assert.Contains("» et son document (", Text(confirmation, "delete-folder-question"), StringComparison.Ordinal);
        Assert.Equal("son document est supprimé et ne pourra plus être téléchargé, ni par vous ni par ceux qui y avaient accès ;", Text(confirmation, "delete-folder-documents"));
        Assert.Equal("aucun lien de téléchargement encore utilisable à révoquer ;", Text(confirmation, "delete-folder-links"));
        Assert.Equal("aucun accès donné sur ce dossier à retirer ;", Text(confirmation, "delete-folder-grants"));
        Assert.Equal("aucune demande de documents en cours à annuler.", Text(confirmation, "delete-folder-collections"));

        await VaultApiCalls.UploadAsync(agent1, folder, ("arrivé entre-temps.pdf", Pdf(710)));
        var refused = await ConfirmAsync(page, confirmation);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await BrowserSession.ParseAsync(refused);
        Assert.Equal("Le dossier a changé depuis votre confirmation : il contient maintenant 2 documents. Vérifiez-le puis confirmez de nouveau.", Text(again, "validation-summary"));
        Assert.Equal("Supprimer le dossier et ses 2 documents", Text(again, "confirm-delete-folder"));
        Assert.Equal(2, (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.OK)).GetArrayLength());

        Assert.True(BrowserSession.IsRedirect(await ConfirmAsync(page, again)));
        await ExpectProblemAsync(await agent1.GetAsync($"{Folders}/{folder}"), HttpStatusCode.NotFound, "folder-not-found");
    }

    [Fact]
    public async Task An_upload_racing_the_deletion_is_either_deleted_with_the_folder_or_refused()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        for (var round = 0; round < 4; round++)
        {
            var folder = await VaultApiCalls.CreateFolderAsync(agent1);
            await VaultApiCalls.UploadAsync(agent1, folder, ("premier.pdf", Pdf(800)));
            var late = Pdf(60_000);
            using var content = new MultipartFormDataContent();
            var part = new ByteArrayContent(late);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            content.Add(part, "file", "tardif.pdf");
            var upload = agent1.PostAsync($"{Folders}/{folder}/documents", content);
            var delete = agent1.DeleteAsync($"{Folders}/{folder}");
            await Task.WhenAll(upload, delete);

            Assert.Equal(HttpStatusCode.NoContent, delete.Result.StatusCode);
            if (upload.Result.StatusCode != HttpStatusCode.Created)
            {
                await ExpectProblemAsync(upload.Result, HttpStatusCode.NotFound, "folder-not-found");
            }

            // Either way, nothing of the folder is left: no document, no bytes.
            Assert.Equal(0L, await VaultScalarAsync("SELECT count(*) FROM documents WHERE upper(FolderId) = $id", ("$id", Key(folder))));
            Assert.False(File.Exists(BlobPath(Sha256(late))), $"round {round}: the late upload's bytes stayed ({upload.Result.StatusCode})");
        }
    }

    [Fact]
    public async Task Bytes_left_queued_by_a_crash_after_the_commit_are_purged_by_the_worker()
    {
        var orphan = Pdf(1300);
        var held = Pdf(1400);
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await VaultApiCalls.CreateFolderAsync(agent1);
        await VaultApiCalls.UploadAsync(agent1, folder, ("gardé.pdf", held));
        using (var stream = new MemoryStream(orphan))
        {
            await Host.Services.GetRequiredService<IBlobStore>().PutAsync(stream, Ct);
        }

        // As a deletion leaves them when the process stops between its commit and its purge.
        await VaultExecuteAsync("INSERT INTO blob_purges (BlobId, QueuedAt) VALUES ($orphan, 0), ($held, 0)", ("$orphan", Sha256(orphan)), ("$held", Sha256(held)));
        Assert.True(File.Exists(BlobPath(Sha256(orphan))));

        await Host.Services.GetRequiredService<VaultPurgeWorker>().PurgeAsync(Ct);

        Assert.False(File.Exists(BlobPath(Sha256(orphan))));
        Assert.True(File.Exists(BlobPath(Sha256(held))));
        Assert.Equal(0L, await VaultScalarAsync("SELECT count(*) FROM blob_purges"));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> ConfirmAsync(BrowserSession session, IHtmlDocument confirmation) =>
        session.SubmitFormAsync(confirmation, (IHtmlFormElement)confirmation.QuerySelector("[data-testid=confirm-delete-folder]")!.Closest("form")!, new Dictionary<string, string>());

    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private static string Text(IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"no {testId} on: {page.Body?.TextContent}");

    /// <summary>A PDF as the vault recognises one, with random filler: its bytes are its own.</summary>
    private static byte[] Pdf(int length)
    {
        var bytes = RandomNumberGenerator.GetBytes(length);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string BlobPath(string sha256) => Path.Combine(Host.DataDirectory, "blobs", sha256[..2], sha256);

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
        var session = new BrowserSession(Host);
        Assert.True(BrowserSession.IsRedirect(await session.SignInAsync(email)), $"sign-in of {email} failed");
        return session;
    }

    private async Task<long> VaultScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Host.DataDirectory, "vault.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task VaultExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Host.DataDirectory, "vault.db")};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(Ct);
    }
}
