using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Vault;

/// <summary>The API Host with a small per-file limit, so "too large" is cheap to reach.</summary>
public class VaultApiFixture : IDisposable
{
    public const long MaxFileBytes = 64 * 1024;
    private const string Scopes = "openid vault.read vault.write";

    public VaultApiFixture() => Host.Settings["Modular:Vault:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public SharingApiHost Host { get; } = new();

    public Task<ApiCaller> CallerAsync(string email, string scope = Scopes) => Host.CallerAsync(email, scope: scope);

    public void Dispose()
    {
        Host.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same API Host on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlVaultApiFixture : VaultApiFixture
{
    public PostgreSqlVaultApiFixture() => Host.UsePostgreSql();
}

public sealed class VaultApiOnSqliteTests(VaultApiFixture fixture) : VaultApiTests(fixture), IClassFixture<VaultApiFixture>;

public sealed class VaultApiOnPostgreSqlTests(PostgreSqlVaultApiFixture fixture) : VaultApiTests(fixture), IClassFixture<PostgreSqlVaultApiFixture>;

public abstract class VaultApiTests(VaultApiFixture fixture)
{
    private const string Folders = "/api/v1/vault/folders";
    private const string Documents = "/api/v1/vault/documents";

    [Fact]
    public async Task An_agent_creates_folders_and_a_colleague_lists_them_but_names_are_unique_and_checked()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        using var agent2 = await fixture.CallerAsync("agent2@demo.test");
        var name = "SIV AB-123-CD " + Unique();

        var created = await agent1.PostAsync(Folders, new { name, isPublic = true });
        var id = (await ExpectAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal($"{Folders}/{id}", created.Headers.Location?.OriginalString);

        var listed = await ExpectAsync(await agent2.GetAsync(Folders), HttpStatusCode.OK);
        var folder = listed.EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == id);
        Assert.Equal(name, folder.GetProperty("name").GetString());
        Assert.True(folder.GetProperty("isPublic").GetBoolean());
        Assert.Equal(0, folder.GetProperty("documentCount").GetInt32());
        var details = await ExpectAsync(await agent1.GetAsync($"{Folders}/{id}"), HttpStatusCode.OK);
        Assert.Equal("FolderCreated", Assert.Single(details.GetProperty("journal").EnumerateArray()).GetProperty("kind").GetString());

        await ExpectProblemAsync(await agent2.PostAsync(Folders, new { name, isPublic = false }), HttpStatusCode.Conflict, "folder-name-taken");
        var invalid = await ExpectProblemAsync(await agent1.PostAsync(Folders, new { name = "  ", isPublic = false }), HttpStatusCode.UnprocessableEntity, "folder-name-invalid");
        Assert.Equal(["Le nom du dossier est obligatoire."], invalid.GetProperty("errors").GetProperty("Name").EnumerateArray().Select(e => e.GetString()));
        var tooLong = await agent1.SendAsync(HttpMethod.Post, Folders, new { name = new string('x', 500), isPublic = false }, r => r.Headers.AcceptLanguage.ParseAdd("en-GB"));
        var english = await ExpectProblemAsync(tooLong, HttpStatusCode.UnprocessableEntity, "folder-name-invalid");
        Assert.Matches("^A folder name is [0-9]+ characters at most[.]$", english.GetProperty("errors").GetProperty("Name")[0].GetString());
        Assert.Equal(english.GetProperty("errors").GetProperty("Name")[0].GetString(), english.GetProperty("detail").GetString());
        Assert.Single((await ExpectAsync(await agent1.GetAsync(Folders), HttpStatusCode.OK)).EnumerateArray(), f => f.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Two_pdfs_in_one_request_are_stored_listed_and_downloaded_byte_for_byte()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var first = Pdf(1000, seed: 1);
        var second = Pdf(3000, seed: 2);

        var uploaded = await agent1.PostAsync($"{Folders}/{folder}/documents", Files(("Carte grise.pdf", first), ("Contrôle technique 2026.pdf", second)));
        var body = await ExpectAsync(uploaded, HttpStatusCode.Created);
        var ids = body.GetProperty("ids").EnumerateArray().Select(i => i.GetGuid()).ToArray();
        Assert.Equal(2, ids.Length);
        Assert.Equal(ids, body.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
        Assert.Equal($"{Folders}/{folder}/documents", uploaded.Headers.Location?.OriginalString);

        var listed = await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.OK);
        Assert.Equal(2, listed.GetArrayLength());
        foreach (var (id, name, bytes) in new[] { (ids[0], "Carte grise.pdf", first), (ids[1], "Contrôle technique 2026.pdf", second) })
        {
            var document = listed.EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == id);
            Assert.Equal(name, document.GetProperty("name").GetString());
            Assert.Equal(bytes.Length, document.GetProperty("size").GetInt64());
            Assert.Equal(Sha256(bytes), document.GetProperty("sha256").GetString());
            Assert.Equal("application/pdf", document.GetProperty("contentType").GetString());
            Assert.Equal(folder, document.GetProperty("folderId").GetGuid());
        }

        var folderRow = (await ExpectAsync(await agent1.GetAsync(Folders), HttpStatusCode.OK)).EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == folder);
        Assert.Equal(2, folderRow.GetProperty("documentCount").GetInt32());
        Assert.Equal(first.Length + second.Length, folderRow.GetProperty("totalSize").GetInt64());

        var download = await agent1.GetAsync($"{Documents}/{ids[1]}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(second, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(second.Length, download.Content.Headers.ContentLength);
        Assert.Equal($"\"{Sha256(second)}\"", download.Headers.ETag?.Tag);
        Assert.False(download.Headers.ETag?.IsWeak);
        Assert.Equal("bytes", Assert.Single(download.Headers.AcceptRanges));
        Assert.True(download.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        var disposition = download.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal("Contrôle technique 2026.pdf", disposition?.FileNameStar);
        Assert.Contains("filename*=UTF-8''Contr%C3%B4le%20technique%202026.pdf", download.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(download.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Downloads_answer_ranges_and_conditional_requests()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var bytes = Pdf(5000, seed: 3);
        var id = (await UploadAsync(agent1, folder, ("Facture.pdf", bytes))).Single();
        var url = $"{Documents}/{id}/content";
        var etag = $"\"{Sha256(bytes)}\"";

        var slice = await agent1.SendAsync(HttpMethod.Get, url, configure: r => r.Headers.Range = new RangeHeaderValue(100, 1099));
        Assert.Equal(HttpStatusCode.PartialContent, slice.StatusCode);
        Assert.Equal(bytes[100..1100], await slice.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal($"bytes 100-1099/{bytes.Length}", slice.Content.Headers.ContentRange?.ToString());
        Assert.True(slice.Headers.CacheControl?.NoStore);

        var tail = await agent1.SendAsync(HttpMethod.Get, url, configure: r => r.Headers.Range = new RangeHeaderValue(null, 10));
        Assert.Equal(HttpStatusCode.PartialContent, tail.StatusCode);
        Assert.Equal(bytes[^10..], await tail.Content.ReadAsByteArrayAsync(Ct));

        var beyond = await agent1.SendAsync(HttpMethod.Get, url, configure: r => r.Headers.Range = new RangeHeaderValue(bytes.Length + 10, bytes.Length + 20));
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, beyond.StatusCode);
        Assert.Equal($"bytes */{bytes.Length}", beyond.Content.Headers.ContentRange?.ToString());

        var notModified = await agent1.SendAsync(HttpMethod.Get, url, configure: r => r.Headers.TryAddWithoutValidation("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Ct));
        var changed = await agent1.SendAsync(HttpMethod.Get, url, configure: r => r.Headers.TryAddWithoutValidation("If-None-Match", "\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        // If-Range: the range only while the content is the one the client has.
        var resumed = await agent1.SendAsync(HttpMethod.Get, url, configure: r =>
        {
            r.Headers.Range = new RangeHeaderValue(4000, null);
            r.Headers.TryAddWithoutValidation("If-Range", etag);
        });
        Assert.Equal(HttpStatusCode.PartialContent, resumed.StatusCode);
        Assert.Equal(bytes[4000..], await resumed.Content.ReadAsByteArrayAsync(Ct));
        var restarted = await agent1.SendAsync(HttpMethod.Get, url, configure: r =>
        {
            r.Headers.Range = new RangeHeaderValue(4000, null);
            r.Headers.TryAddWithoutValidation("If-Range", "\"an-older-version\"");
        });
        Assert.Equal(HttpStatusCode.OK, restarted.StatusCode);
        Assert.Equal(bytes, await restarted.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Refused_files_are_answered_with_their_problem_and_leave_nothing_behind()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var upload = $"{Folders}/{folder}/documents";
        var blobsBefore = BlobFiles();

        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3 };
        var mismatch = await ExpectProblemAsync(await agent1.PostAsync(upload, Files(("Relevé.pdf", png))), HttpStatusCode.UnprocessableEntity, "file-type-mismatch");
        Assert.Contains("PNG", mismatch.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Relevé.pdf", mismatch.GetProperty("file").GetString());
        Assert.Equal(0, mismatch.GetProperty("index").GetInt32());
        Assert.Equal(0, mismatch.GetProperty("stored").GetArrayLength());

        await ExpectProblemAsync(await agent1.PostAsync(upload, Files(("Vide.pdf", []))), HttpStatusCode.UnprocessableEntity, "file-empty");
        await ExpectProblemAsync(await agent1.PostAsync(upload, Files(("script.exe", Pdf(100, seed: 4)))), HttpStatusCode.UnprocessableEntity, "file-type-refused");
        await ExpectProblemAsync(await agent1.PostAsync(upload, Files(("../../etc/passwd.pdf", Pdf(100, seed: 5)))), HttpStatusCode.UnprocessableEntity, "file-name-invalid");
        await ExpectProblemAsync(await agent1.PostAsync(upload, Files(("C:\\Users\\agent\\scan.pdf", Pdf(100, seed: 6)))), HttpStatusCode.UnprocessableEntity, "file-name-invalid");

        var huge = Pdf((int)VaultApiFixture.MaxFileBytes + 4096, seed: 7);
        var tooLarge = await ExpectProblemAsync(await agent1.PostAsync(upload, Files(("Scan.pdf", huge))), HttpStatusCode.RequestEntityTooLarge, "file-too-large");
        Assert.Equal(VaultApiFixture.MaxFileBytes, tooLarge.GetProperty("maxBytes").GetInt64());

        Assert.Equal(0, (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.OK)).GetArrayLength());
        Assert.Equal(blobsBefore, BlobFiles());
        Assert.DoesNotContain(BlobFiles(), f => f.EndsWith(Sha256(huge), StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(fixture.Host.DataDirectory, "blobs", ".tmp")));
    }

    [Fact]
    public async Task A_refusal_after_stored_files_names_the_refused_file_and_what_was_stored()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var good = Pdf(200, seed: 8);

        var response = await agent1.PostAsync($"{Folders}/{folder}/documents", Files(("Bon.pdf", good), ("Faux.pdf", Encoding.ASCII.GetBytes("GIF89a not a pdf")), ("Jamais lu.pdf", Pdf(200, seed: 9))));
        var problem = await ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity, "file-type-mismatch");
        Assert.Equal("Faux.pdf", problem.GetProperty("file").GetString());
        Assert.Equal(1, problem.GetProperty("index").GetInt32());
        var stored = Assert.Single(problem.GetProperty("stored").EnumerateArray());
        Assert.Equal("Bon.pdf", stored.GetProperty("name").GetString());

        var listed = await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.OK);
        Assert.Equal([stored.GetProperty("id").GetGuid()], listed.EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Bodies_that_are_not_multipart_or_carry_no_file_are_refused()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var upload = $"{Folders}/{await CreateFolderAsync(agent1)}/documents";

        await ExpectProblemAsync(await agent1.PostAsync(upload, new { file = "Carte grise.pdf" }), HttpStatusCode.UnsupportedMediaType, "upload-not-multipart");
        using var noFile = new MultipartFormDataContent { { new StringContent("bonjour"), "comment" } };
        await ExpectProblemAsync(await agent1.PostAsync(upload, noFile), HttpStatusCode.BadRequest, "file-missing");
        using var truncated = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 and then nothing"));
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        await ExpectProblemAsync(await agent1.PostAsync(upload, truncated), HttpStatusCode.BadRequest, "multipart-unreadable");
    }

    [Fact]
    public async Task Another_organisations_folders_and_documents_are_not_found_on_any_endpoint()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        using var agent3 = await fixture.CallerAsync("agent3@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var bytes = Pdf(300, seed: 10);
        var document = (await UploadAsync(agent1, folder, ("Confidentiel.pdf", bytes))).Single();

        await ExpectProblemAsync(await agent3.GetAsync($"{Folders}/{folder}"), HttpStatusCode.NotFound, "folder-not-found");
        await ExpectProblemAsync(await agent3.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.NotFound, "folder-not-found");
        await ExpectProblemAsync(await agent3.PostAsync($"{Folders}/{folder}/documents", Files(("Intrus.pdf", Pdf(100, seed: 11)))), HttpStatusCode.NotFound, "folder-not-found");
        await ExpectProblemAsync(await agent3.GetAsync($"{Documents}/{document}/content"), HttpStatusCode.NotFound, "document-not-found");
        await ExpectProblemAsync(await agent3.SendAsync(HttpMethod.Get, $"{Documents}/{document}/content", configure: r => r.Headers.Range = new RangeHeaderValue(0, 3)), HttpStatusCode.NotFound, "document-not-found");
        Assert.DoesNotContain((await ExpectAsync(await agent3.GetAsync(Folders), HttpStatusCode.OK)).EnumerateArray(), f => f.GetProperty("id").GetGuid() == folder);
        await ExpectProblemAsync(await agent1.GetAsync($"{Documents}/{Guid.NewGuid()}/content"), HttpStatusCode.NotFound, "document-not-found");

        // Untouched for its owners.
        var listed = await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.OK);
        Assert.Equal([document], listed.EnumerateArray().Select(d => d.GetProperty("id").GetGuid()));
        Assert.Equal(bytes, await (await agent1.GetAsync($"{Documents}/{document}/content")).Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Without_a_token_the_scope_or_the_agent_role_the_vault_refuses()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var document = (await UploadAsync(agent1, folder, ("Acte.pdf", Pdf(100, seed: 12)))).Single();

        using var anonymous = new ApiCaller(fixture.Host.CreateApiClient(), null, null);
        foreach (var response in new[]
        {
            await anonymous.GetAsync(Folders),
            await anonymous.PostAsync(Folders, new { name = "Anonyme", isPublic = false }),
            await anonymous.GetAsync($"{Documents}/{document}/content"),
            await anonymous.PostAsync($"{Folders}/{folder}/documents", Files(("Anonyme.pdf", Pdf(100, seed: 13)))),
        })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        using var readOnly = await fixture.CallerAsync("agent1@demo.test", "openid vault.read");
        using var writeOnly = await fixture.CallerAsync("agent1@demo.test", "openid vault.write");
        await ExpectAsync(await readOnly.GetAsync(Folders), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync($"{Documents}/{document}/content")).StatusCode);
        foreach (var response in new[]
        {
            await readOnly.PostAsync(Folders, new { name = "Lecture seule " + Unique(), isPublic = false }),
            await readOnly.PostAsync($"{Folders}/{folder}/documents", Files(("Lecture.pdf", Pdf(100, seed: 14)))),
            await writeOnly.GetAsync(Folders),
            await writeOnly.GetAsync($"{Folders}/{folder}/documents"),
            await writeOnly.GetAsync($"{Documents}/{document}/content"),
        })
        {
            var problem = await ExpectAsync(response, HttpStatusCode.Forbidden);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Le jeton d'accès n'a pas la portée requise pour cette opération.", problem.GetProperty("detail").GetString());
        }

        // Someone from outside who was never invited reaches nothing: the folders are not even there.
        using var external = await fixture.CallerAsync("external@demo.test");
        Assert.Empty((await ExpectAsync(await external.GetAsync(Folders), HttpStatusCode.OK)).EnumerateArray());
        await ExpectProblemAsync(await external.PostAsync(Folders, new { name = "Externe", isPublic = false }), HttpStatusCode.Forbidden, "role-required");
        await ExpectProblemAsync(await external.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.NotFound, "folder-not-found");
        await ExpectProblemAsync(await external.GetAsync($"{Documents}/{document}/content"), HttpStatusCode.NotFound, "document-not-found");
        await ExpectProblemAsync(await external.PostAsync($"{Folders}/{folder}/documents", Files(("Externe.pdf", Pdf(100, seed: 15)))), HttpStatusCode.NotFound, "folder-not-found");
        Assert.Single((await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/documents"), HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_vault_endpoints()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var openApi = await ExpectAsync(await agent1.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var upload = openApi.GetProperty("paths").GetProperty("/api/v1/vault/folders/{id}/documents").GetProperty("post");
        Assert.Equal("UploadVaultDocuments", upload.GetProperty("operationId").GetString());
        Assert.Equal(["Vault"], upload.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["vault.write"], upload.GetProperty("security")[0].GetProperty("oauth2").EnumerateArray().Select(s => s.GetString()));
        Assert.True(upload.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.True(upload.GetProperty("responses").TryGetProperty("413", out _));
        var download = openApi.GetProperty("paths").GetProperty("/api/v1/vault/documents/{id}/content").GetProperty("get");
        Assert.Equal(["vault.read"], download.GetProperty("security")[0].GetProperty("oauth2").EnumerateArray().Select(s => s.GetString()));
        Assert.True(download.GetProperty("responses").TryGetProperty("206", out _));
    }

    [Fact]
    public async Task A_download_link_is_made_by_an_agent_and_redeemed_once_without_an_account()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        using var agent3 = await fixture.CallerAsync("agent3@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var bytes = Pdf(3000, 11);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", bytes), ("mandat.pdf", Pdf(900, 12)));

        await ExpectProblemAsync(await agent3.PostAsync(Links, new { documentIds = ids }), HttpStatusCode.NotFound, "document-not-found");
        await ExpectProblemAsync(await agent1.PostAsync(Links, new { documentIds = Array.Empty<Guid>() }), HttpStatusCode.UnprocessableEntity, "no-document-selected");
        await ExpectProblemAsync(await agent1.PostAsync(Links, new { documentIds = ids, code = "12345" }), HttpStatusCode.UnprocessableEntity, "code-malformed");
        var created = await ExpectAsync(await agent1.PostAsync(Links, new { documentIds = ids }), HttpStatusCode.Created);
        var code = created.GetProperty("code").GetString()!;
        Assert.Matches("^[0-9]{6}$", code);
        var token = created.GetProperty("url").GetString()!.Split("/l/")[1];

        using var anonymous = fixture.Host.CreateApiClient();
        var wrong = await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{token}/redeem", new { code = code == "000000" ? "111111" : "000000" }, Ct), HttpStatusCode.Forbidden, "code-invalid");
        Assert.Equal(4, wrong.GetProperty("attemptsLeft").GetInt32());
        await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{token}/redeem", new { code = "abc" }, Ct), HttpStatusCode.UnprocessableEntity, "code-malformed");
        await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{new string('A', 43)}/redeem", new { code }, Ct), HttpStatusCode.NotFound, "link-unknown");
        await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{new string('A', 21)}!{new string('A', 21)}/redeem", new { code }, Ct), HttpStatusCode.NotFound, "link-unknown");

        var session = await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{token}/redeem", new { code }, Ct), HttpStatusCode.OK);
        Assert.Equal(["cerfa.pdf", "mandat.pdf"], session.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order());
        using var file = new HttpRequestMessage(HttpMethod.Get, $"{Links}/{token}/files/{ids[0]}");
        file.Headers.Add("X-Download-Session", session.GetProperty("sessionToken").GetString());
        var download = await anonymous.SendAsync(file, Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Ct));
        await ExpectProblemAsync(await anonymous.GetAsync($"{Links}/{token}/files/{ids[0]}", Ct), HttpStatusCode.Forbidden, "download-session-closed");

        await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{token}/redeem", new { code }, Ct), HttpStatusCode.Gone, "link-used");
    }

    [Fact]
    public async Task Five_wrong_codes_lock_a_link_and_the_right_code_then_gets_423()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", Pdf(500, 21)));
        var created = await ExpectAsync(await agent1.PostAsync(Links, new { documentIds = ids, code = "246 810" }), HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("code").ValueKind);
        var token = created.GetProperty("url").GetString()!.Split("/l/")[1];
        using var anonymous = fixture.Host.CreateApiClient();

        for (var i = 4; i >= 1; i--)
        {
            var wrong = await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{token}/redeem", new { code = "999999" }, Ct), HttpStatusCode.Forbidden, "code-invalid");
            Assert.Equal(i, wrong.GetProperty("attemptsLeft").GetInt32());
        }

        await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{token}/redeem", new { code = "999999" }, Ct), HttpStatusCode.Locked, "link-locked");
        await ExpectProblemAsync(await anonymous.PostAsJsonAsync($"{Links}/{token}/redeem", new { code = "246810" }, Ct), HttpStatusCode.Locked, "link-locked");
    }

    [Fact]
    public async Task The_files_of_a_session_come_as_one_zip_with_ranges_and_the_download_is_recorded_once()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var bytes = Pdf(2500, 31);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", bytes));
        var other = await UploadAsync(agent1, folder, ("cerfa.pdf", Pdf(800, 32)));
        var created = await ExpectAsync(await agent1.PostAsync(Links, new { documentIds = ids.Concat(other).ToArray(), code = "314159" }), HttpStatusCode.Created);
        var token = created.GetProperty("url").GetString()!.Split("/l/")[1];
        using var anonymous = fixture.Host.CreateApiClient();
        var session = (await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{token}/redeem", new { code = "314159" }, Ct), HttpStatusCode.OK)).GetProperty("sessionToken").GetString()!;

        await ExpectProblemAsync(await anonymous.GetAsync($"{Links}/{token}/files.zip", Ct), HttpStatusCode.Forbidden, "download-session-closed");
        HttpRequestMessage Zip(long? from, long? to)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"{Links}/{token}/files.zip");
            request.Headers.Add("X-Download-Session", session);
            if (from is not null || to is not null)
            {
                request.Headers.Range = new RangeHeaderValue(from, to);
            }

            return request;
        }

        using var rangeRequest = Zip(0, 49);
        var range = await anonymous.SendAsync(rangeRequest, Ct);
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(50, (await range.Content.ReadAsByteArrayAsync(Ct)).Length);
        Assert.Equal(0, await DownloadedAsync(folder));

        using var fullRequest = Zip(null, null);
        var full = await anonymous.SendAsync(fullRequest, Ct);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(range.Headers.ETag, full.Headers.ETag);
        var zipBytes = await full.Content.ReadAsByteArrayAsync(Ct);
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(zipBytes)))
        {
            // Two documents share a name: both are there, under distinct names.
            Assert.Equal(["cerfa (2).pdf", "cerfa.pdf"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            var all = new List<byte[]>();
            foreach (var entry in zip.Entries)
            {
                await using var content = await entry.OpenAsync(Ct);
                using var copy = new MemoryStream();
                await content.CopyToAsync(copy, Ct);
                all.Add(copy.ToArray());
            }

            Assert.Contains(all, b => b.SequenceEqual(bytes));
        }

        using var againRequest = Zip(null, null);
        var again = await anonymous.SendAsync(againRequest, Ct);
        Assert.Equal(zipBytes, await again.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(1, await DownloadedAsync(folder));
        var journal = (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}"), HttpStatusCode.OK)).GetProperty("journal").EnumerateArray()
            .Select(j => j.GetProperty("kind").ToString()).ToList();
        Assert.Single(journal, k => k is "LinkDownloaded" or "8");
    }

    private async Task<int> DownloadedAsync(Guid folder)
    {
        var host = fixture.Host;
        var journal = await host.ScalarAsync<long>("Vault", $"SELECT count(*) FROM journal_entries WHERE \"Kind\" = 'LinkDownloaded' AND {host.GuidEquals("FolderId", folder)}");
        Assert.Equal(journal, await host.ScalarAsync<long>("Vault", $"SELECT count(*) FROM download_links WHERE {host.GuidEquals("FolderId", folder)} AND \"DownloadedAt\" IS NOT NULL"));
        return (int)journal;
    }

    private const string Links = "/api/v1/vault/download-links";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<Guid> CreateFolderAsync(ApiCaller caller) =>
        (await ExpectAsync(await caller.PostAsync(Folders, new { name = "Dossier " + Unique(), isPublic = false }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<Guid[]> UploadAsync(ApiCaller caller, Guid folder, params (string Name, byte[] Bytes)[] files) =>
        [.. (await ExpectAsync(await caller.PostAsync($"{Folders}/{folder}/documents", Files(files)), HttpStatusCode.Created)).GetProperty("ids").EnumerateArray().Select(i => i.GetGuid())];

    private static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "file", name);
        }

        return content;
    }

    /// <summary>A PDF as the vault recognises one (it reads the first bytes): the header, then distinct filler.</summary>
    private static byte[] Pdf(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The stored blobs, the store's temporary folder aside.</summary>
    private string[] BlobFiles()
    {
        var root = Path.Combine(fixture.Host.DataDirectory, "blobs");
        return !Directory.Exists(root) ? [] : [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).StartsWith(".tmp", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }
}
