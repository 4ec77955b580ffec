using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.Support.ApiCaller;
using static Modular.IntegrationTests.Vault.VaultApiCalls;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// Download receipts (« accusé de téléchargement ») through the real Host: signed with the key its
/// JWKS publishes (checked here as anyone would offline, with a standard JWT library and the keys
/// fetched over HTTP), offered on the folder's list of links once a document was downloaded, and
/// checked on « Vérifier un accusé de téléchargement », which refuses altered, forged and garbled ones.
/// </summary>
public sealed class DownloadReceiptTests(VaultApiFixture fixture) : IClassFixture<VaultApiFixture>
{
    private const string VerifyPage = "/Vault/Links/Verify";
    private const string Altered = "Signature non valide : l'accusé a été modifié après sa signature, ou il a été signé par quelqu'un d'autre. Ne vous y fiez pas.";

    [Fact]
    public async Task A_downloaded_links_receipt_verifies_offline_with_the_keys_the_Host_publishes_and_states_each_files_SHA_256()
    {
        var (agent1, folder, link, files) = await DownloadedLinkAsync();
        using var _ = agent1;

        var receipt = await ExpectAsync(await agent1.GetAsync($"{Links}/{link.Id}/receipt"), HttpStatusCode.OK);
        var jws = receipt.GetProperty("jws").GetString()!;

        // As a third party would: the discovery document's issuer and the JWKS, fetched over HTTP, and a standard library.
        using var http = fixture.Host.CreateApiClient();
        var issuer = (await ExpectAsync(await http.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative), Ct), HttpStatusCode.OK)).GetProperty("issuer").GetString();
        var jwks = new JsonWebKeySet(await (await http.GetAsync(new Uri("/.well-known/jwks", UriKind.Relative), Ct)).Content.ReadAsStringAsync(Ct));
        var checkedOffline = await new JsonWebTokenHandler().ValidateTokenAsync(jws, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidIssuer = issuer,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidTypes = ["download-receipt+jwt"],
        });
        Assert.True(checkedOffline.IsValid, checkedOffline.Exception?.ToString());

        var token = new JsonWebToken(jws);
        Assert.Contains(token.Kid, jwks.Keys.Select(k => k.Kid));
        Assert.Equal(token.Kid, receipt.GetProperty("keyId").GetString());
        Assert.Equal("RS256", token.Alg);
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(jws.Split('.')[1]));
        var claims = payload.RootElement;
        Assert.Equal("download-receipt", claims.GetProperty("receipt_type").GetString());
        Assert.Equal(1, claims.GetProperty("receipt_version").GetInt32());
        Assert.Equal(issuer, claims.GetProperty("iss").GetString());
        Assert.Equal(link.Id, claims.GetProperty("link_id").GetGuid());
        Assert.Equal(folder, claims.GetProperty("folder_id").GetGuid());
        Assert.Equal("Cabinet Démo", claims.GetProperty("organisation_name").GetString());
        Assert.Equal("client@exemple.test", claims.GetProperty("recipient_email").GetString());
        Assert.Equal(JsonValueKind.String, claims.GetProperty("link_created_at").ValueKind);
        Assert.Equal(JsonValueKind.String, claims.GetProperty("link_used_at").ValueKind);
        Assert.Equal(JsonValueKind.String, claims.GetProperty("downloaded_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, claims.GetProperty("revoked_at").ValueKind);
        Assert.Equal(
            files.Select(f => (f.Name, (long)f.Bytes.Length, Convert.ToHexStringLower(SHA256.HashData(f.Bytes)), true)).OrderBy(f => f.Name),
            claims.GetProperty("files").EnumerateArray()
                .Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("size").GetInt64(), f.GetProperty("sha256").GetString()!, f.GetProperty("fetched").GetBoolean()))
                .OrderBy(f => f.Item1));
        Assert.Matches("^accuse-telechargement-[0-9a-f]{8}\\.jws$", receipt.GetProperty("fileName").GetString());
        Assert.EndsWith(link.Id.ToString("N")[^8..] + ".jws", receipt.GetProperty("fileName").GetString(), StringComparison.Ordinal);

        var listed = (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.True(listed.GetProperty("hasReceipt").GetBoolean());
    }

    [Fact]
    public async Task The_folder_page_offers_the_receipt_of_a_downloaded_link_only_and_the_file_downloaded_is_verified_valid_on_the_verify_page()
    {
        var (agent1, folder, link, files) = await DownloadedLinkAsync();
        using var _ = agent1;
        var active = await CreateLinkAsync(agent1, [.. (await DocumentIdsAsync(agent1, folder))], "777888", recipient: null);

        using var page = await SignedInAsync("agent1@demo.test");
        var (_, details) = await page.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Null(Row(details, active.Id).QuerySelector("[data-testid=receipt-download]"));
        var download = Row(details, link.Id).QuerySelector("[data-testid=receipt-download]")!;
        Assert.Equal("Télécharger l'accusé", download.TextContent.Trim());
        Assert.NotNull(details.QuerySelector("#links [data-testid=verify-receipt-link]"));

        var file = await page.Client.GetAsync(new Uri(download.GetAttribute("href")!, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/jose", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"accuse-telechargement-{link.Id.ToString("N")[^8..]}.jws", file.Content.Headers.ContentDisposition?.FileNameStar ?? file.Content.Headers.ContentDisposition?.FileName);
        var jws = await file.Content.ReadAsStringAsync(Ct);

        // The receipt's own page shows what it says and its text to copy.
        var (shown, receiptPage) = await page.GetAsync(Row(details, link.Id).QuerySelector("[data-testid=receipt-show]")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("client@exemple.test", receiptPage.QuerySelector("[data-testid=receipt-recipient]")!.TextContent.Trim());
        Assert.Equal(3, jws.Split('.').Length);
        Assert.Equal(files.Select(f => f.Name).Order(), receiptPage.QuerySelectorAll("[data-testid=receipt-file-name]").Select(c => c.TextContent.Trim()).Order());

        var (verified, result) = await page.FollowAsync(await page.PostFormAsync(VerifyPage, new Dictionary<string, string> { ["Receipt"] = jws }));
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal("Signature valide", result.QuerySelector("[data-testid=receipt-valid]")!.TextContent.Trim());
        Assert.Null(result.QuerySelector("[data-testid=validation-summary]"));
        Assert.Equal("Cabinet Démo", result.QuerySelector("[data-testid=receipt-organisation]")!.TextContent.Trim());
        Assert.Equal("client@exemple.test", result.QuerySelector("[data-testid=receipt-recipient]")!.TextContent.Trim());
        var rows = result.QuerySelectorAll("[data-testid=receipt-file]").ToList();
        Assert.Equal(
            files.Select(f => (f.Name, Convert.ToHexStringLower(SHA256.HashData(f.Bytes)), "Oui")).OrderBy(f => f.Name),
            rows.Select(r => (Cell(r, "receipt-file-name"), Cell(r, "receipt-file-sha256"), Cell(r, "receipt-file-fetched"))).OrderBy(f => f.Item1));
        Assert.Equal(link.Id.ToString(), result.QuerySelector("[data-testid=receipt-link-id]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_verify_page_refuses_an_altered_a_forged_and_a_garbled_receipt_each_in_its_words_and_keeps_what_was_pasted()
    {
        var (agent1, _, link, _) = await DownloadedLinkAsync();
        using var __ = agent1;
        var jws = (await ExpectAsync(await agent1.GetAsync($"{Links}/{link.Id}/receipt"), HttpStatusCode.OK)).GetProperty("jws").GetString()!;
        var parts = jws.Split('.');
        using var page = await SignedInAsync("agent1@demo.test");

        // One character of the payload changed: the recipient, a time, a hash... whichever, the signature no longer matches.
        var payload = parts[1].ToCharArray();
        payload[40] = payload[40] == 'A' ? 'B' : 'A';
        var altered = $"{parts[0]}.{new string(payload)}.{parts[2]}";
        await ExpectRefusalAsync(page, altered, Altered);

        // The same payload, signed with a fresh key under the server key's name, or under its own.
        var claims = Base64UrlEncoder.Decode(parts[1]).Replace("client@exemple.test", "autre@exemple.test", StringComparison.Ordinal);
        using var forger = RSA.Create(2048);
        var kid = new JsonWebToken(jws).Kid;
        await ExpectRefusalAsync(page, Forge(claims, forger, kid), Altered);
        await ExpectRefusalAsync(page, Forge(Base64UrlEncoder.Decode(parts[1]), forger, kid), Altered);
        await ExpectRefusalAsync(page, Forge(claims, forger, "cle-du-faussaire"),
            "Cet accusé n'a pas été signé avec une clé de ce serveur, ou avec une clé qu'il ne publie plus : il ne peut pas être vérifié ici.");

        await ExpectRefusalAsync(page, "accusé de téléchargement du 2 décembre",
            "Ce texte n'est pas un accusé de téléchargement : un accusé est fait de trois parties séparées par des points et commence par « eyJ ». Collez-le en entier, sans rien y ajouter.");
        await ExpectRefusalAsync(page, "   ", "Collez le texte de l'accusé de téléchargement.");

        // In English too.
        var (_, english) = await page.FollowAsync(await page.PostFormAsync(VerifyPage + "?culture=en-GB", new Dictionary<string, string> { ["Receipt"] = altered }));
        Assert.Equal("Invalid signature: the receipt was changed after it was signed, or someone else signed it. Do not rely on it.",
            english.QuerySelector("[data-testid=verify-error]")!.TextContent.Trim());

        // The genuine one, pasted as a mail client wraps it, is still valid.
        var wrapped = string.Join("\n", jws.Chunk(72).Select(c => new string(c)));
        var (_, valid) = await page.FollowAsync(await page.PostFormAsync(VerifyPage, new Dictionary<string, string> { ["Receipt"] = wrapped }));
        Assert.Equal("Signature valide", valid.QuerySelector("[data-testid=receipt-valid]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_link_whose_documents_were_not_downloaded_has_no_receipt_and_says_why()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("cerfa.pdf", VaultPagesTests.Pdf(910)));
        var link = await CreateLinkAsync(agent1, ids, "135246", "client@exemple.test");
        const string NotDownloaded = "Aucun document de ce lien n'a encore été téléchargé : l'accusé de téléchargement sera disponible dès que le destinataire en aura téléchargé un.";

        var problem = await ExpectProblemAsync(await agent1.GetAsync($"{Links}/{link.Id}/receipt"), HttpStatusCode.Conflict, "link-not-downloaded");
        Assert.Equal(NotDownloaded, problem.GetProperty("detail").GetString());

        // Redeemed, but nothing fetched yet: still none.
        using var anonymous = fixture.Host.CreateApiClient();
        await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{link.Token}/redeem", new { code = "135246" }, Ct), HttpStatusCode.OK);
        await ExpectProblemAsync(await agent1.GetAsync($"{Links}/{link.Id}/receipt"), HttpStatusCode.Conflict, "link-not-downloaded");

        using var page = await SignedInAsync("agent1@demo.test");
        var (_, details) = await page.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Null(Row(details, link.Id).QuerySelector("[data-testid=receipt-download]"));
        var (refused, receiptPage) = await page.GetAsync($"/Vault/Links/Receipt/{link.Id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(NotDownloaded, receiptPage.QuerySelector("[data-testid=receipt-refused]")!.TextContent.Trim());
        Assert.Null(receiptPage.QuerySelector("[data-testid=receipt-text]"));
        Assert.Equal(HttpStatusCode.Conflict, (await page.Client.GetAsync(new Uri($"/Vault/Links/Receipt/{link.Id}?handler=File", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task Another_organisations_link_is_not_found_by_the_API_nor_the_pages()
    {
        var (agent1, _, link, _) = await DownloadedLinkAsync();
        using var _ = agent1;
        using var agent3 = await fixture.CallerAsync("agent3@demo.test", scope: "openid vault.read vault.write");

        var problem = await ExpectProblemAsync(await agent3.GetAsync($"{Links}/{link.Id}/receipt"), HttpStatusCode.NotFound, "download-link-not-found");
        Assert.Equal("Ce lien de téléchargement est introuvable dans votre coffre.", problem.GetProperty("detail").GetString());
        await ExpectProblemAsync(await agent1.GetAsync($"{Links}/{Guid.NewGuid()}/receipt"), HttpStatusCode.NotFound, "download-link-not-found");

        using var page3 = await SignedInAsync("agent3@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await page3.GetAsync($"/Vault/Links/Receipt/{link.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page3.Client.GetAsync(new Uri($"/Vault/Links/Receipt/{link.Id}?handler=File", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task A_partly_downloaded_link_then_revoked_still_has_a_receipt_saying_what_was_fetched_and_when_it_was_revoked()
    {
        using var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        var ids = await UploadAsync(agent1, folder, ("relevé.pdf", VaultPagesTests.Pdf(1300)), ("avenant.pdf", VaultPagesTests.Pdf(1400)));
        var link = await CreateLinkAsync(agent1, ids, "864209", "erreur@exemple.test");
        using var anonymous = fixture.Host.CreateApiClient();
        var session = (await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{link.Token}/redeem", new { code = "864209" }, Ct), HttpStatusCode.OK)).GetProperty("sessionToken").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await FetchAsync(anonymous, $"{Links}/{link.Token}/files/{ids[0]}", session)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await agent1.DeleteAsync($"{Links}/{link.Id}")).StatusCode);

        var content = (await ExpectAsync(await agent1.GetAsync($"{Links}/{link.Id}/receipt"), HttpStatusCode.OK)).GetProperty("content");
        Assert.Equal(JsonValueKind.String, content.GetProperty("revokedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, content.GetProperty("downloadedAt").ValueKind);
        var fetched = content.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetGuid(), f => f.GetProperty("fetched").GetBoolean());
        Assert.Equal(new Dictionary<Guid, bool> { [ids[0]] = true, [ids[1]] = false }, fetched);

        using var page = await SignedInAsync("agent1@demo.test");
        var (_, receiptPage) = await page.GetAsync($"/Vault/Links/Receipt/{link.Id}");
        Assert.NotNull(receiptPage.QuerySelector("[data-testid=receipt-revoked-at]"));
        Assert.Equal("Pas encore tous les documents", receiptPage.QuerySelector("[data-testid=receipt-downloaded-at]")!.TextContent.Trim());
        Assert.Equal(["Oui", "Non"], receiptPage.QuerySelectorAll("[data-testid=receipt-file]")
            .OrderBy(r => r.GetAttribute("data-document-id") == ids[0].ToString() ? 0 : 1).Select(r => Cell(r, "receipt-file-fetched")));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Posts <paramref name="pasted"/> on the verify page: refused with <paramref name="message"/> on the field and in the focused summary, the text kept.</summary>
    private static async Task ExpectRefusalAsync(BrowserSession page, string pasted, string message)
    {
        var (response, refused) = await page.FollowAsync(await page.PostFormAsync(VerifyPage, new Dictionary<string, string> { ["Receipt"] = pasted }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(refused.QuerySelector("[data-testid=receipt-valid]"));
        Assert.Equal(message, refused.QuerySelector("[data-testid=verify-error]")!.TextContent.Trim());
        var summary = refused.QuerySelector("[data-testid=validation-summary]")!;
        Assert.Contains(message, summary.TextContent, StringComparison.Ordinal);
        Assert.True(summary.HasAttribute("autofocus"));
        var field = (IHtmlTextAreaElement)refused.QuerySelector("[data-testid=verify-receipt]")!;
        Assert.Equal(pasted, field.Value);
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("receipt-error", field.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal("receipt-error", refused.QuerySelector("[data-testid=verify-error]")!.Id);
    }

    private static string Forge(string claims, RSA key, string keyId) =>
        new JsonWebTokenHandler().CreateToken(claims, new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
            new Dictionary<string, object> { ["typ"] = "download-receipt+jwt" });

    /// <summary>agent1's link to two documents, redeemed and both fetched by its recipient: downloaded.</summary>
    private async Task<(ApiCaller Agent, Guid Folder, (Guid Id, string Token) Link, (string Name, byte[] Bytes)[] Files)> DownloadedLinkAsync()
    {
        var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var folder = await CreateFolderAsync(agent1);
        (string Name, byte[] Bytes)[] files = [("carte grise.pdf", VaultPagesTests.Pdf(1500)), ("certificat de cession.pdf", VaultPagesTests.Pdf(2100))];
        var ids = await UploadAsync(agent1, folder, files);
        var link = await CreateLinkAsync(agent1, ids, "246813", "client@exemple.test");
        using var anonymous = fixture.Host.CreateApiClient();
        var session = (await ExpectAsync(await anonymous.PostAsJsonAsync($"{Links}/{link.Token}/redeem", new { code = "246813" }, Ct), HttpStatusCode.OK)).GetProperty("sessionToken").GetString()!;
        foreach (var id in ids)
        {
            Assert.Equal(HttpStatusCode.OK, (await FetchAsync(anonymous, $"{Links}/{link.Token}/files/{id}", session)).StatusCode);
        }

        var listed = (await ExpectAsync(await agent1.GetAsync($"{Folders}/{folder}/download-links"), HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal(JsonValueKind.String, listed.GetProperty("downloadedAt").ValueKind);
        return (agent1, folder, link, files);
    }

    private static async Task<IEnumerable<Guid>> DocumentIdsAsync(ApiCaller caller, Guid folder) =>
        (await ExpectAsync(await caller.GetAsync($"{Folders}/{folder}"), HttpStatusCode.OK)).GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetGuid());

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
