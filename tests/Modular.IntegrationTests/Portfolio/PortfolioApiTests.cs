using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Portfolio;

/// <summary>A Host whose callers are Cabinet Démo's people, with the portfolio's scopes.</summary>
public class PortfolioApiFixture : IDisposable
{
    public const string Scopes = "openid portfolio.read portfolio.write";

    public SharingApiHost Host { get; } = new();

    /// <summary>The firm's administrator (admin@demo.test, Admin of Cabinet Démo).</summary>
    public Task<ApiCaller> AdministratorAsync() => Host.CallerAsync("admin@demo.test", scope: Scopes);

    public Task<ApiCaller> CallerAsync(string email) => Host.CallerAsync(email, scope: Scopes);

    public void Dispose()
    {
        Host.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class PostgreSqlPortfolioApiFixture : PortfolioApiFixture
{
    public PostgreSqlPortfolioApiFixture() => Host.UsePostgreSql();
}

public sealed class PortfolioApiOnSqliteTests(PortfolioApiFixture fixture) : PortfolioApiTests(fixture), IClassFixture<PortfolioApiFixture>;

public sealed class PortfolioApiOnPostgreSqlTests(PostgreSqlPortfolioApiFixture fixture) : PortfolioApiTests(fixture), IClassFixture<PostgreSqlPortfolioApiFixture>;

/// <summary>
/// The portfolio through its API, as the firm's administrator and others use it, on both providers:
/// deposits that add establishments or are refused whole with every problem's line, the same file
/// twice, manual adds and their checks, completing, removing and adding again, and who is refused.
/// Each test uses SIRENs of its own (the fixture's portfolio is shared).
/// </summary>
public abstract class PortfolioApiTests(PortfolioApiFixture fixture)
{
    private const string Establishments = "/api/v1/portfolio/establishments";
    private const string Deposits = "/api/v1/portfolio/dsn-deposits";

    [Fact]
    public async Task A_deposit_adds_its_establishments_to_complete_and_the_same_file_again_adds_nothing()
    {
        var admin = await fixture.AdministratorAsync();
        var (bakery, garage) = (Sirens.Next(), Sirens.Next());
        var (dijon, beaune, lyon) = (Sirens.Nic(bakery, 1), Sirens.Nic(bakery, 2), Sirens.Nic(garage, 1));
        var file = DsnSample.Envoi()
            .Declaration(bakery, dijon, city: "Dijon")
            .Declaration(bakery, beaune, city: "Beaune", individuals: 0, type: "02")
            .Declaration(garage, lyon, city: "Lyon", month: "01092026", type: "03");

        var deposit = await ExpectAsync(await DepositAsync(admin, file.Latin1(crlf: true), "octobre.dsn"), HttpStatusCode.Created);

        Assert.Equal("octobre.dsn", deposit.GetProperty("fileName").GetString());
        Assert.False(deposit.GetProperty("alreadyDeposited").GetBoolean());
        var lines = deposit.GetProperty("declarations").EnumerateArray().ToList();
        Assert.Equal([bakery + dijon, bakery + beaune, garage + lyon], lines.Select(l => l.GetProperty("siret").GetString()));
        Assert.All(lines, l => Assert.Equal("Added", l.GetProperty("outcome").GetString()));
        Assert.Equal(("2026-09-01", "03"), (lines[2].GetProperty("month").GetString(), lines[2].GetProperty("type").GetString()));

        var established = await ExpectAsync(await admin.GetAsync($"{Establishments}/{bakery}{dijon}"), HttpStatusCode.OK);
        Assert.Equal(("ToComplete", "Dijon"), (established.GetProperty("status").GetString(), established.GetProperty("address").GetProperty("city").GetString()));
        Assert.True(established.GetProperty("addedByDsn").GetBoolean());

        var again = await ExpectAsync(await DepositAsync(admin, file.Latin1(crlf: true), "copie.dsn"), HttpStatusCode.OK);
        Assert.True(again.GetProperty("alreadyDeposited").GetBoolean());
        Assert.Equal(deposit.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        var found = await ExpectAsync(await admin.GetAsync($"{Establishments}?q={bakery[..6]}"), HttpStatusCode.OK);
        Assert.Equal(2, found.EnumerateArray().Count(e => e.GetProperty("siret").GetString()!.StartsWith(bakery, StringComparison.Ordinal)));
        Assert.Equal(deposit.GetProperty("id").GetGuid(), (await ExpectAsync(await admin.GetAsync($"{Deposits}/{deposit.GetProperty("id").GetGuid()}"), HttpStatusCode.OK)).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_file_with_structural_problems_is_refused_whole_each_problem_with_its_line_in_the_callers_language()
    {
        var admin = await fixture.AdministratorAsync();
        var siren = Sirens.Next();
        var (good, bad) = (Sirens.Nic(siren, 1), Sirens.BadNic(siren, 2));
        var file = DsnSample.Envoi().Declaration(siren, good).Declaration(siren, bad);
        file.DeclaredDeclarations = "3";
        var lines = file.Lines();

        var problem = await ExpectProblemAsync(await DepositAsync(admin, file.Latin1()), HttpStatusCode.UnprocessableEntity, "dsn-refused");

        Assert.Equal("Le fichier DSN est refusé, rien n'a été ajouté : 2 erreur(s) à corriger.", problem.GetProperty("detail").GetString());
        var problems = problem.GetProperty("problems").EnumerateArray().ToList();
        var nic = lines.IndexOf($"S21.G00.11.001,'{bad}'") + 1;
        Assert.Equal([("dsn-siret-invalid", nic), ("dsn-s90-declarations", lines.Count)], problems.Select(p => (p.GetProperty("code").GetString()!, p.GetProperty("line").GetInt32())));
        Assert.Equal($"Ligne {nic} : le SIRET {siren}{bad} n'est pas valide (sa clé de contrôle ne correspond pas).", problems[0].GetProperty("detail").GetString());
        await ExpectProblemAsync(await admin.GetAsync($"{Establishments}/{siren}{good}"), HttpStatusCode.NotFound, "establishment-not-found");

        var english = await DepositAsync(admin, file.Latin1(), configure: r => r.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB")));
        Assert.Equal($"Line {nic}: the SIRET {siren}{bad} is not valid (its check key does not match).", (await ExpectProblemAsync(english, HttpStatusCode.UnprocessableEntity, "dsn-refused")).GetProperty("problems")[0].GetProperty("detail").GetString());

        var utf8 = await ExpectProblemAsync(await DepositAsync(admin, DsnSample.Envoi().Declaration(siren, good).Utf8(bom: true)), HttpStatusCode.UnprocessableEntity, "dsn-refused");
        Assert.Equal("dsn-utf8", utf8.GetProperty("problems")[0].GetProperty("code").GetString());
        await ExpectProblemAsync(await DepositAsync(admin, []), HttpStatusCode.UnprocessableEntity, "dsn-empty");
        var notMultipart = await ExpectProblemAsync(await admin.PostAsync(Deposits, new StringContent("S10.G00.00.001,'x'")), HttpStatusCode.UnsupportedMediaType, "upload-not-multipart");
        Assert.Equal("Envoyez la requête en multipart/form-data, chaque fichier dans une partie nommée « file » (les champs éventuels avant lui).", notMultipart.GetProperty("detail").GetString());
        // English by its language, whatever the region, in the caller's order of preference.
        foreach (var accept in new[] { "en-GB", "en", "en-US", "de-CH, en;q=0.8, fr;q=0.5" })
        {
            var inEnglish = await admin.SendAsync(HttpMethod.Post, Deposits, new StringContent("S10.G00.00.001,'x'"), r => r.Headers.TryAddWithoutValidation("Accept-Language", accept));
            Assert.Equal("Send the request as multipart/form-data, each file in a part named “file” (any fields before it).", (await ExpectProblemAsync(inEnglish, HttpStatusCode.UnsupportedMediaType, "upload-not-multipart")).GetProperty("detail").GetString());
        }

        var french = await admin.SendAsync(HttpMethod.Post, Deposits, new StringContent("x"), r => r.Headers.TryAddWithoutValidation("Accept-Language", "fr-CH, en;q=0.9"));
        Assert.StartsWith("Envoyez la requête", (await ExpectProblemAsync(french, HttpStatusCode.UnsupportedMediaType, "upload-not-multipart")).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manual_add_checks_the_SIRET_refuses_a_duplicate_and_a_removed_establishment_comes_back()
    {
        var admin = await fixture.AdministratorAsync();
        var siren = Sirens.Next();
        var siret = siren + Sirens.Nic(siren, 1);
        var spaced = $"{siret[..3]} {siret[3..6]} {siret[6..9]} {siret[9..]}";

        var letters = await ExpectProblemAsync(await admin.PostAsync(Establishments, new { siret = siret[..13] + "A", name = "Boulangerie", dueDay = "Fifth", partnerGroup = "AG2R" }), HttpStatusCode.UnprocessableEntity, "siret-invalid");
        Assert.Equal("Un numéro SIRET ne contient que des chiffres (les espaces et les points sont ignorés).", letters.GetProperty("detail").GetString());
        await ExpectProblemAsync(await admin.PostAsync(Establishments, new { siret = siret[..13] + (char)('0' + ((siret[13] - '0' + 1) % 10)), name = "B", dueDay = "Fifth", partnerGroup = "AG2R" }), HttpStatusCode.UnprocessableEntity, "siret-invalid");
        await ExpectProblemAsync(await admin.PostAsync(Establishments, new { siret, name = "Boulangerie", dueDay = "Fifth", partnerGroup = "NOPE" }), HttpStatusCode.UnprocessableEntity, "partner-group-unknown");

        var added = await admin.PostAsync(Establishments, new { siret = spaced, name = "Boulangerie Martin", dueDay = "Fifteenth", partnerGroup = "ag2r" });
        var establishment = await ExpectAsync(added, HttpStatusCode.Created);
        Assert.Equal($"/api/v1/portfolio/establishments/{siret}", added.Headers.Location?.OriginalString);
        Assert.Equal(("Complete", "AG2R", "Fifteenth"), (establishment.GetProperty("status").GetString(), establishment.GetProperty("partnerGroup").GetString(), establishment.GetProperty("dueDay").GetString()));
        await ExpectProblemAsync(await admin.PostAsync(Establishments, new { siret, name = "Encore", dueDay = "Fifth", partnerGroup = "AG2R" }), HttpStatusCode.Conflict, "establishment-already-there");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Establishments}/{siret}")).StatusCode);
        await ExpectProblemAsync(await admin.DeleteAsync($"{Establishments}/{siret}"), HttpStatusCode.Conflict, "establishment-removed");
        Assert.DoesNotContain((await ExpectAsync(await admin.GetAsync(Establishments), HttpStatusCode.OK)).EnumerateArray(), e => e.GetProperty("siret").GetString() == siret);

        // A DSN declaring it now leaves it out; adding it again brings it back.
        var refused = await ExpectAsync(await DepositAsync(admin, DsnSample.Envoi().Declaration(siren, siret[9..]).Latin1()), HttpStatusCode.Created);
        Assert.Equal(("Refused", "removed"), (refused.GetProperty("declarations")[0].GetProperty("outcome").GetString(), refused.GetProperty("declarations")[0].GetProperty("refusalReason").GetString()));
        var back = await ExpectAsync(await admin.PostAsync(Establishments, new { siret, name = "Boulangerie Martin", dueDay = "Fifth", partnerGroup = "AG2R" }), HttpStatusCode.Created);
        Assert.Equal(("Complete", "Fifth"), (back.GetProperty("status").GetString(), back.GetProperty("dueDay").GetString()));
    }

    [Fact]
    public async Task An_establishment_added_by_a_DSN_is_completed_and_its_month_shows_in_the_schedule()
    {
        var admin = await fixture.AdministratorAsync();
        var siren = Sirens.Next();
        var siret = siren + Sirens.Nic(siren, 1);
        await ExpectAsync(await DepositAsync(admin, DsnSample.Envoi().Declaration(siren, siret[9..], month: "01102026").Latin1()), HttpStatusCode.Created);

        await ExpectProblemAsync(await admin.SendAsync(HttpMethod.Patch, $"{Establishments}/{siret}", new { name = " ", dueDay = "Fifth", partnerGroup = "AG2R" }), HttpStatusCode.UnprocessableEntity, "establishment-name-invalid");
        var completed = await ExpectAsync(await admin.SendAsync(HttpMethod.Patch, $"{Establishments}/{siret}", new { name = "Garage du Centre", dueDay = "Fifteenth", partnerGroup = "KLESIA" }), HttpStatusCode.OK);
        Assert.Equal(("Complete", "Garage du Centre"), (completed.GetProperty("status").GetString(), completed.GetProperty("name").GetString()));

        var schedule = await ExpectAsync(await admin.GetAsync("/api/v1/portfolio/filings?month=2026-10"), HttpStatusCode.OK);
        var line = schedule.EnumerateArray().Single(l => l.GetProperty("siret").GetString() == siret);
        Assert.Equal("2026-11-15T11:00:00+00:00", line.GetProperty("due").GetDateTimeOffset().ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual(JsonValueKind.Null, line.GetProperty("depositedAt").ValueKind);
        await ExpectProblemAsync(await admin.GetAsync("/api/v1/portfolio/filings?month=octobre"), HttpStatusCode.UnprocessableEntity, "month-invalid");
    }

    [Fact]
    public async Task Whoever_has_no_part_of_the_portfolio_is_refused_and_another_firms_establishment_is_not_found()
    {
        var admin = await fixture.AdministratorAsync();
        var siren = Sirens.Next();
        var nic = Sirens.Nic(siren, 1);
        await ExpectAsync(await DepositAsync(admin, DsnSample.Envoi().Declaration(siren, nic).Latin1()), HttpStatusCode.Created);

        // An agent of the firm with no profile, and an agent of another organisation.
        foreach (var email in new[] { "agent1@demo.test", "agent3@demo.test" })
        {
            var agent = await fixture.CallerAsync(email);
            await ExpectProblemAsync(await agent.GetAsync(Establishments), HttpStatusCode.Forbidden, "no-portfolio-access");
            await ExpectProblemAsync(await agent.GetAsync($"{Establishments}/{siren}{nic}"), HttpStatusCode.Forbidden, "no-portfolio-access");
            await ExpectProblemAsync(await DepositAsync(agent, DsnSample.Envoi().Declaration(siren, Sirens.Nic(siren, 2)).Latin1()), HttpStatusCode.Forbidden, "no-portfolio-access");
        }

        // A token without the portfolio's scopes.
        var unscoped = await fixture.Host.CallerAsync("admin@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await unscoped.GetAsync(Establishments)).StatusCode);
    }

    internal static async Task<HttpResponseMessage> DepositAsync(ApiCaller caller, byte[] file, string fileName = "dsn.txt", Action<HttpRequestMessage>? configure = null)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(part, "file", fileName);
        return await caller.SendAsync(HttpMethod.Post, Deposits, content, configure);
    }
}
