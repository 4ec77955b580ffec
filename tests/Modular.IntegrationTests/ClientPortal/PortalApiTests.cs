using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using static Modular.IntegrationTests.ClientPortal.PortalApiCalls;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.ClientPortal;

public class PortalApiFixture : IDisposable
{
    public const long MaxFileBytes = 64 * 1024;

    public PortalApiFixture()
    {
        // The demo insurer's companies and client users are the portal's fixture.
        Host.Settings["Modular:SeedDemoContent"] = "true";
        Host.Settings["Modular:Portal:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public SharingApiHost Host { get; } = new();

    private Task<ApiCaller>? _system;

    /// <summary>One system of the demo insurer for the class.</summary>
    public Task<ApiCaller> SystemAsync() => _system ??= HorizonSystemAsync(Host);

    public Task<ApiCaller> ReaderAsync(string email = "client1@demo.test") => Host.CallerAsync(email, scope: "openid portal.read");

    public void Dispose()
    {
        Host.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class PostgreSqlPortalApiFixture : PortalApiFixture
{
    public PostgreSqlPortalApiFixture() => Host.UsePostgreSql();
}

public sealed class PortalApiOnSqliteTests(PortalApiFixture fixture) : PortalApiTests(fixture), IClassFixture<PortalApiFixture>;

public sealed class PortalApiOnPostgreSqlTests(PostgreSqlPortalApiFixture fixture) : PortalApiTests(fixture), IClassFixture<PostgreSqlPortalApiFixture>;

/// <summary>
/// The portal through its API, as the insurer's core system (client credentials, <c>portal.publish</c>)
/// and a client user's app (the user's token, <c>portal.read</c>) use it, on both providers.
/// </summary>
public abstract class PortalApiTests(PortalApiFixture fixture)
{
    [Fact]
    public async Task A_PDF_published_by_the_insurers_system_is_found_by_a_word_only_in_its_text_and_downloaded_with_a_receipt()
    {
        var system = await fixture.SystemAsync();
        var favre = await CompanyIdAsync(system, "Favre");
        var word = UniqueWord("Ergothérapie");
        var pdf = Pdf("Lettre de prise en charge", "Nous prenons en charge les séances d'" + word + " prescrites.", "Assurée : Léa Dupasquier.");
        var published = await ExpectAsync(await PublishAsync(system, favre, pdf, title: "Prise en charge — séances"), HttpStatusCode.Created);
        var id = published.GetProperty("id").GetGuid();
        Assert.Equal("Extracted", published.GetProperty("textStatus").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), published.GetProperty("sha256").GetString());

        // Found by the word folded and cut short, in the text only, with the word marked in the excerpt.
        var reader = await fixture.ReaderAsync();
        var query = word.ToUpperInvariant().Replace("É", "E", StringComparison.Ordinal)[..^3];
        var found = await ExpectAsync(await reader.GetAsync($"{Documents}?q={Uri.EscapeDataString(query)}"), HttpStatusCode.OK);
        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(id, item.GetProperty("document").GetProperty("id").GetGuid());
        Assert.True(item.GetProperty("isNew").GetBoolean());
        Assert.Equal(365, item.GetProperty("daysLeft").GetInt32());
        var marked = item.GetProperty("excerpt").EnumerateArray().Where(s => s.GetProperty("isMatch").GetBoolean()).Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.Equal([word], marked);

        // Downloaded as the same bytes, with the content's hash as ETag; a range resumes it.
        var download = await reader.GetAsync($"{Documents}/{id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"\"{published.GetProperty("sha256").GetString()}\"", download.Headers.ETag?.Tag);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        var ranged = await reader.SendAsync(HttpMethod.Get, $"{Documents}/{id}/content", configure: r => r.Headers.Range = new RangeHeaderValue(0, 99));
        Assert.Equal(HttpStatusCode.PartialContent, ranged.StatusCode);
        Assert.Equal(pdf[..100], await ranged.Content.ReadAsByteArrayAsync(Ct));

        // The download is recorded, and the document is no longer new for this reader.
        Assert.Equal(2L, await fixture.Host.ScalarAsync<long>("ClientPortal", "SELECT count(*) FROM read_receipts WHERE " + fixture.Host.GuidEquals("DocumentId", id)));
        var again = await ExpectAsync(await reader.GetAsync($"{Documents}/{id}"), HttpStatusCode.OK);
        Assert.False(again.GetProperty("isNew").GetBoolean());
    }

    [Fact]
    public async Task A_client_user_never_sees_another_companys_documents_by_list_search_or_id()
    {
        var system = await fixture.SystemAsync();
        var berset = await CompanyIdAsync(system, "Berset");
        var word = UniqueWord("confidentiel");

        // Its text even names the reader's company as the index does: the company's own column decides.
        var favre = await CompanyIdAsync(system, "Favre");
        var id = await PublishedIdAsync(await PublishAsync(system, berset, Pdf("Lettre", $"Texte {word} company{favre:N}"), title: "Lettre " + word));

        var reader = await fixture.ReaderAsync();
        var searched = await ExpectAsync(await reader.GetAsync($"{Documents}?q={word}"), HttpStatusCode.OK);
        Assert.Equal(0, searched.GetProperty("totalCount").GetInt32());
        var listed = await ExpectAsync(await reader.GetAsync($"{Documents}?pageSize=100"), HttpStatusCode.OK);
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("document").GetProperty("id").GetGuid() == id);
        await ExpectProblemAsync(await reader.GetAsync($"{Documents}/{id}"), HttpStatusCode.NotFound, "portal-document-not-found");
        await ExpectProblemAsync(await reader.GetAsync($"{Documents}/{id}/content"), HttpStatusCode.NotFound, "portal-document-not-found");
    }

    [Fact]
    public async Task An_API_client_reads_a_companys_documents_once_its_client_admin_authorised_it_and_no_longer_when_revoked()
    {
        var (clientId, secret) = await AdminActions.RegisterApiClientAsync(fixture.Host, "Logiciel RH " + Guid.NewGuid().ToString("N")[..6], "Cabinet Démo", "portal.read");
        using var tokens = fixture.Host.CreateApiClient();
        using var software = new ApiCaller(fixture.Host.CreateApiClient(), await Tokens.ClientCredentialsAsync(tokens, "portal.read", clientId, secret), null);
        await ExpectProblemAsync(await software.GetAsync(Documents), HttpStatusCode.Forbidden, "not-client-user");

        // A user who is not the client admin cannot authorise it; the admin can, by its client id.
        using var user = new BrowserSession(fixture.Host);
        await user.SignInWithCodeAsync("client2@demo.test");
        var (_, userTeam) = await user.GetAsync("/Portal/Team");
        Assert.Null(userTeam.QuerySelector("[data-testid=api-client-form]"));
        using var admin = new BrowserSession(fixture.Host);
        await admin.SignInWithCodeAsync("client1@demo.test");
        var (_, team) = await admin.GetAsync("/Portal/Team");
        var unknown = await BrowserSession.ParseAsync(await admin.SubmitAsync(team, new Dictionary<string, string> { ["ClientId"] = "client-inconnu" }, formAction: "handler=Authorise"));
        Assert.Equal("Aucun client d'API ne porte cet identifiant : demandez-le à l'éditeur de votre logiciel.", unknown.QuerySelector("[data-testid=api-client-error]")!.TextContent);
        var (_, authorised) = await admin.FollowAsync(await admin.SubmitAsync(unknown, new Dictionary<string, string> { ["ClientId"] = clientId }, formAction: "handler=Authorise"));
        Assert.Contains(clientId, authorised.QuerySelector("[data-testid=api-clients]")!.TextContent, StringComparison.Ordinal);

        // It reads the company's documents with its own token; downloads are recorded under its client id.
        var listed = await ExpectAsync(await software.GetAsync($"{Documents}?pageSize=100"), HttpStatusCode.OK);
        var first = listed.GetProperty("items").EnumerateArray().First().GetProperty("document");
        Assert.True(listed.GetProperty("totalCount").GetInt32() >= 6);
        Assert.Equal(HttpStatusCode.OK, (await software.GetAsync($"{Documents}/{first.GetProperty("id").GetGuid()}/content")).StatusCode);
        Assert.Equal(1L, await fixture.Host.ScalarAsync<long>("ClientPortal", "SELECT count(*) FROM read_receipts WHERE \"ClientId\" = @client", ("client", clientId)));

        // Withdrawn: its next request finds no company.
        var revoke = (IHtmlFormElement)authorised.QuerySelector("[data-testid=api-client] form")!;
        await admin.SubmitFormAsync(authorised, revoke, new Dictionary<string, string>());
        await ExpectProblemAsync(await software.GetAsync(Documents), HttpStatusCode.Forbidden, "not-client-user");
    }

    [Fact]
    public async Task Another_insurers_system_neither_lists_nor_publishes_to_the_companies()
    {
        var system = await fixture.SystemAsync();
        var favre = await CompanyIdAsync(system, "Favre");
        using var client = fixture.Host.CreateApiClient();
        using var other = new ApiCaller(fixture.Host.CreateApiClient(), await Tokens.ClientCredentialsAsync(client, "portal.publish"), null);

        var listed = await ExpectAsync(await other.GetAsync(Companies), HttpStatusCode.OK);
        Assert.Equal(0, listed.GetArrayLength());
        await ExpectProblemAsync(await PublishAsync(other, favre, Pdf("Lettre", "Texte")), HttpStatusCode.NotFound, "company-not-found");

        // A reader's token does not publish, a publisher's token does not read.
        var reader = await fixture.ReaderAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await PublishAsync(reader, favre, Pdf("Lettre", "Texte"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await system.GetAsync(Documents)).StatusCode);
    }

    [Fact]
    public async Task Wrong_fields_and_files_are_refused_with_their_problem_and_nothing_is_stored()
    {
        var system = await fixture.SystemAsync();
        var favre = await CompanyIdAsync(system, "Favre");
        var before = await DocumentCountAsync();
        var pdf = Pdf("Lettre", "Texte");

        await ExpectProblemAsync(await PublishAsync(system, favre, pdf, line: "AVS"), HttpStatusCode.UnprocessableEntity, "line-invalid");
        await ExpectProblemAsync(await PublishAsync(system, favre, pdf, line: "LAAC", type: "PleaseWaitLetter"), HttpStatusCode.UnprocessableEntity, "document-type-not-in-line");
        await ExpectProblemAsync(await PublishAsync(system, favre, pdf, title: " "), HttpStatusCode.UnprocessableEntity, "document-title-invalid");
        await ExpectProblemAsync(await PublishAsync(system, favre, pdf, date: "20/11/2026"), HttpStatusCode.UnprocessableEntity, "document-date-invalid");
        await ExpectProblemAsync(await PublishAsync(system, favre, []), HttpStatusCode.UnprocessableEntity, "pdf-empty");
        await ExpectProblemAsync(await PublishAsync(system, favre, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]), HttpStatusCode.UnprocessableEntity, "not-pdf");
        await ExpectProblemAsync(await PublishAsync(system, favre, PdfSamples.Encrypted()), HttpStatusCode.UnprocessableEntity, "pdf-encrypted");
        var large = await ExpectProblemAsync(await PublishAsync(system, favre, [.. pdf, .. new byte[PortalApiFixture.MaxFileBytes]]), HttpStatusCode.RequestEntityTooLarge, "pdf-too-large");
        Assert.Equal(PortalApiFixture.MaxFileBytes, large.GetProperty("maxBytes").GetInt64());
        await ExpectProblemAsync(await PublishAsync(system, Guid.NewGuid(), pdf), HttpStatusCode.NotFound, "company-not-found");

        // The fields come before the file: a file first is refused for the missing fields.
        using var fileFirst = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "x.pdf" }, { new StringContent("LAA"), "line" } };
        await ExpectProblemAsync(await system.PostAsync($"{Companies}/{favre}/documents", fileFirst), HttpStatusCode.UnprocessableEntity, "line-invalid");
        await ExpectProblemAsync(await system.PostAsync($"{Companies}/{favre}/documents", new { line = "LAA" }), HttpStatusCode.UnsupportedMediaType, "upload-not-multipart");

        Assert.Equal(before, await DocumentCountAsync());
    }

    [Fact]
    public async Task A_PDF_without_text_is_published_with_a_warning_and_found_by_its_title()
    {
        var system = await fixture.SystemAsync();
        var favre = await CompanyIdAsync(system, "Favre");
        var title = UniqueWord("Scan");
        var published = await ExpectAsync(await PublishAsync(system, favre, PdfSamples.WithoutText(), title: title), HttpStatusCode.Created);
        Assert.Equal("NoText", published.GetProperty("textStatus").GetString());

        var reader = await fixture.ReaderAsync();
        var found = await ExpectAsync(await reader.GetAsync($"{Documents}?q={title}"), HttpStatusCode.OK);
        Assert.Equal(1, found.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("a OR b AND NOT c")]
    [InlineData("(((")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("\\ % _ : ^ ~")]
    [InlineData("lettre:* & | !")]
    [InlineData("\"lettre de\" NEAR/3 paiement")]
    public async Task A_search_with_index_syntax_never_fails(string query)
    {
        var reader = await fixture.ReaderAsync();

        var response = await reader.GetAsync($"{Documents}?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Filters_by_line_type_and_year_and_their_wrong_values()
    {
        var reader = await fixture.ReaderAsync();

        var ijm = await ExpectAsync(await reader.GetAsync($"{Documents}?line=ijm&pageSize=100"), HttpStatusCode.OK);
        Assert.All(ijm.GetProperty("items").EnumerateArray(), i => Assert.Equal("Ijm", i.GetProperty("document").GetProperty("line").GetString()));
        Assert.True(ijm.GetProperty("totalCount").GetInt32() >= 2);
        var statements = await ExpectAsync(await reader.GetAsync($"{Documents}?line=LAAC&type=BenefitStatement"), HttpStatusCode.OK);
        Assert.All(statements.GetProperty("items").EnumerateArray(), i => Assert.Equal("BenefitStatement", i.GetProperty("document").GetProperty("type").GetString()));
        var none = await ExpectAsync(await reader.GetAsync($"{Documents}?year=1999"), HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());

        await ExpectProblemAsync(await reader.GetAsync($"{Documents}?line=AVS"), HttpStatusCode.UnprocessableEntity, "line-invalid");
        await ExpectProblemAsync(await reader.GetAsync($"{Documents}?line=LAAC&type=PaymentLetter"), HttpStatusCode.UnprocessableEntity, "document-type-not-in-line");
    }

    private Task<long> DocumentCountAsync() => fixture.Host.ScalarAsync<long>("ClientPortal", "SELECT count(*) FROM documents");
}
