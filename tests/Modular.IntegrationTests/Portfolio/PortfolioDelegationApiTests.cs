using System.Net;
using System.Text.Json;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Portfolio;

public sealed class PortfolioDelegationOnSqliteTests(PortfolioApiFixture fixture) : PortfolioDelegationApiTests(fixture), IClassFixture<PortfolioApiFixture>;

public sealed class PortfolioDelegationOnPostgreSqlTests(PostgreSqlPortfolioApiFixture fixture) : PortfolioDelegationApiTests(fixture), IClassFixture<PostgreSqlPortfolioApiFixture>;

/// <summary>
/// « Délégation de gestion » and « demandes d'amorçage » through the API, on both providers: a
/// collaborator given a profile sees and acts on that part only (anything else is not found, a
/// responsibility not given is forbidden), the administrator right, the profile's checks, and a
/// seeding request from its email to the partner's answer, with the establishment's history.
/// </summary>
public abstract class PortfolioDelegationApiTests(PortfolioApiFixture fixture)
{
    private const string Establishments = "/api/v1/portfolio/establishments";
    private const string Profiles = "/api/v1/portfolio/profiles";

    [Fact]
    public async Task A_collaborator_given_a_profile_sees_and_acts_on_that_part_only_and_the_rest_is_not_found()
    {
        var admin = await fixture.AdministratorAsync();
        var siren = Sirens.Next();
        var (mine, deposit, other) = (siren + Sirens.Nic(siren, 1), siren + Sirens.Nic(siren, 2), siren + Sirens.Nic(siren, 3));
        await ExpectAsync(await PortfolioApiTests.DepositAsync(admin, DsnSample.Envoi().Declaration(siren, mine[9..]).Declaration(siren, deposit[9..]).Declaration(siren, other[9..]).Latin1()), HttpStatusCode.Created);
        var ids = new Dictionary<string, Guid>();
        foreach (var siret in new[] { mine, deposit, other })
        {
            ids[siret] = (await ExpectAsync(await admin.PatchAsync($"{Establishments}/{siret}", new { name = $"Client {siret[^3..]}", dueDay = "Fifteenth", partnerGroup = "PROBTP" }), HttpStatusCode.OK)).GetProperty("id").GetGuid();
        }

        var agent2 = await fixture.CallerAsync("agent2@demo.test");
        var agent2Id = await UserIdAsync(agent2);
        await ExpectProblemAsync(await agent2.GetAsync(Establishments), HttpStatusCode.Forbidden, "no-portfolio-access");

        var created = await ExpectAsync(
            await admin.PostAsync(Profiles, new { name = "Clients du bâtiment", responsibilities = "View, Deposit", establishments = new[] { ids[mine], ids[deposit] }, collaborators = new[] { agent2Id } }),
            HttpStatusCode.Created);
        Assert.Equal(("View, Deposit", 2), (created.GetProperty("responsibilities").GetString(), created.GetProperty("establishmentCount").GetInt32()));

        var seen = await ExpectAsync(await agent2.GetAsync(Establishments), HttpStatusCode.OK);
        Assert.Equal(new[] { deposit, mine }.Order(StringComparer.Ordinal), seen.EnumerateArray().Select(e => e.GetProperty("siret").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal("View, Deposit", (await ExpectAsync(await agent2.GetAsync($"{Establishments}/{mine}"), HttpStatusCode.OK)).GetProperty("allowed").GetString());

        // Outside the part: not found, whatever is asked.
        await ExpectProblemAsync(await agent2.GetAsync($"{Establishments}/{other}"), HttpStatusCode.NotFound, "establishment-not-found");
        await ExpectProblemAsync(await agent2.GetAsync($"{Establishments}/{other}/journal"), HttpStatusCode.NotFound, "establishment-not-found");
        await ExpectProblemAsync(await agent2.PostAsync($"{Establishments}/{other}/seeding-requests"), HttpStatusCode.NotFound, "establishment-not-found");
        await ExpectProblemAsync(await agent2.DeleteAsync($"{Establishments}/{other}"), HttpStatusCode.NotFound, "establishment-not-found");

        // Inside it, what the profile does not give is forbidden; the administrator's pages are refused.
        await ExpectProblemAsync(await agent2.PatchAsync($"{Establishments}/{mine}", new { name = "Autre", dueDay = "Fifth", partnerGroup = "AG2R" }), HttpStatusCode.Forbidden, "responsibility-missing");
        await ExpectProblemAsync(await agent2.PostAsync($"{Establishments}/{mine}/seeding-requests"), HttpStatusCode.Forbidden, "responsibility-missing");
        await ExpectProblemAsync(await agent2.GetAsync(Profiles), HttpStatusCode.Forbidden, "not-portfolio-administrator");
        await ExpectProblemAsync(await agent2.PostAsync(Establishments, new { siret = Sirens.Next() + "00010", name = "X", dueDay = "Fifth", partnerGroup = "AG2R" }), HttpStatusCode.Forbidden, "not-portfolio-administrator");

        // A deposit reaches the part only: the rest of the file is refused, line by line, and adds nothing.
        var newcomer = siren + Sirens.Nic(siren, 4);
        var deposited = await ExpectAsync(
            await PortfolioApiTests.DepositAsync(agent2, DsnSample.Envoi().Declaration(siren, deposit[9..], month: "01112026").Declaration(siren, other[9..], month: "01112026").Declaration(siren, newcomer[9..], month: "01112026").Latin1()),
            HttpStatusCode.Created);
        Assert.Equal(
            ["AlreadyThere", "Refused", "Refused"],
            deposited.GetProperty("declarations").EnumerateArray().Select(l => l.GetProperty("outcome").GetString()));
        Assert.Equal("outside-profile", deposited.GetProperty("declarations")[1].GetProperty("refusalReason").GetString());
        await ExpectProblemAsync(await admin.GetAsync($"{Establishments}/{newcomer}"), HttpStatusCode.NotFound, "establishment-not-found");
        var journal = await ExpectAsync(await agent2.GetAsync($"{Establishments}/{deposit}/journal"), HttpStatusCode.OK);
        var last = journal[0];
        Assert.Equal(("Deposited", "Béatrice Agent"), (last.GetProperty("event").GetString(), last.GetProperty("actor").GetString()));
        Assert.StartsWith("2026-11 ", last.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The administrator right reaches everything, until it is taken back.
        await ExpectAsync(await admin.PutAsync($"/api/v1/portfolio/administrators/{agent2Id}", new { }), HttpStatusCode.NoContent);
        await ExpectAsync(await agent2.GetAsync($"{Establishments}/{other}"), HttpStatusCode.OK);
        Assert.Equal(agent2Id, (await ExpectAsync(await agent2.GetAsync("/api/v1/portfolio/administrators"), HttpStatusCode.OK))[0].GetProperty("userId").GetGuid());
        await ExpectAsync(await admin.DeleteAsync($"/api/v1/portfolio/administrators/{agent2Id}"), HttpStatusCode.NoContent);
        await ExpectProblemAsync(await agent2.GetAsync($"{Establishments}/{other}"), HttpStatusCode.NotFound, "establishment-not-found");

        // A profile changed by rule takes in the partner group's establishments; deleted, the part is gone.
        var id = created.GetProperty("id").GetGuid();
        var byRule = await ExpectAsync(await admin.PutAsync($"{Profiles}/{id}", new { name = "PRO BTP", responsibilities = "View", rulePartnerGroup = "probtp", collaborators = new[] { agent2Id } }), HttpStatusCode.OK);
        Assert.Equal(("PROBTP", JsonValueKind.Array, 0), (byRule.GetProperty("rulePartnerGroup").GetString(), byRule.GetProperty("establishments").ValueKind, byRule.GetProperty("establishments").GetArrayLength()));
        await ExpectAsync(await agent2.GetAsync($"{Establishments}/{other}"), HttpStatusCode.OK);
        await ExpectAsync(await admin.DeleteAsync($"{Profiles}/{id}"), HttpStatusCode.NoContent);
        await ExpectProblemAsync(await agent2.GetAsync($"{Establishments}/{mine}"), HttpStatusCode.Forbidden, "no-portfolio-access");
        await ExpectProblemAsync(await admin.GetAsync($"{Profiles}/{id}"), HttpStatusCode.NotFound, "profile-not-found");
    }

    [Fact]
    public async Task A_long_portfolio_is_paged_by_the_database_and_a_collaborators_pages_count_their_part_only()
    {
        var admin = await fixture.AdministratorAsync();
        var tag = "pagine" + string.Concat(Enumerable.Range(0, 6).Select(_ => (char)Random.Shared.Next('a', 'z' + 1)));
        var siren = Sirens.Next();
        var covered = new List<string>();
        for (var n = 1; n <= 70; n++)
        {
            // 60 with the rule's partner group and due day, 10 with the same group but the other day.
            var siret = siren + Sirens.Nic(siren, n);
            var day = n <= 60 ? "Fifth" : "Fifteenth";
            await ExpectAsync(await admin.PostAsync(Establishments, new { siret, name = $"{tag} {n:000}", dueDay = day, partnerGroup = "AUDIENS" }), HttpStatusCode.Created);
            if (n <= 60)
            {
                covered.Add(siret);
            }
        }

        using var administrator = new BrowserSession(fixture.Host);
        await administrator.SignInAsync("admin@demo.test");
        var (_, first) = await administrator.GetAsync($"/Portfolio?q={tag}");
        Assert.Equal(50, first.QuerySelectorAll("[data-testid=establishment-row]").Length);
        Assert.Equal("Page 1 sur 2", first.QuerySelector("[data-testid=page-of]")!.TextContent);
        Assert.Equal("Établissements : 70", first.QuerySelector("[data-testid=establishment-count]")!.TextContent);
        var (_, second) = await administrator.GetAsync(first.QuerySelector("[data-testid=next-page]")!.GetAttribute("href")!);
        Assert.Equal(
            Enumerable.Range(51, 20).Select(n => $"{tag} {n:000}"),
            second.QuerySelectorAll("[data-testid=establishment-row] td:nth-child(2)").Select(c => c.TextContent.Trim()));
        var (past, _) = await administrator.GetAsync($"/Portfolio?q={tag}&PageNumber=9");
        Assert.Equal(($"/Portfolio?q={tag}&PageNumber=2", HttpStatusCode.Redirect), (past.Headers.Location?.OriginalString, past.StatusCode));

        var agent2Id = await UserIdAsync(await fixture.CallerAsync("agent2@demo.test"));
        var profile = await ExpectAsync(
            await admin.PostAsync(Profiles, new { name = "Audiens du 5", responsibilities = "View", rulePartnerGroup = "AUDIENS", ruleDueDay = "Fifth", collaborators = new[] { agent2Id } }),
            HttpStatusCode.Created);
        try
        {
            using var agent = new BrowserSession(fixture.Host);
            await agent.SignInAsync("agent2@demo.test");
            var (_, page1) = await agent.GetAsync($"/Portfolio?q={tag}");
            var (_, page2) = await agent.GetAsync($"/Portfolio?q={tag}&PageNumber=2");
            Assert.Equal(("Page 1 sur 2", "Page 2 sur 2", "Établissements : 60"), (
                page1.QuerySelector("[data-testid=page-of]")!.TextContent, page2.QuerySelector("[data-testid=page-of]")!.TextContent,
                page1.QuerySelector("[data-testid=establishment-count]")!.TextContent));
            Assert.Equal(
                covered,
                page1.QuerySelectorAll("[data-testid=establishment-row]").Concat(page2.QuerySelectorAll("[data-testid=establishment-row]")).Select(r => r.GetAttribute("data-siret")!));
            var whole = await ExpectAsync(await (await fixture.CallerAsync("agent2@demo.test")).GetAsync($"{Establishments}?q={tag}"), HttpStatusCode.OK);
            Assert.Equal(covered, whole.EnumerateArray().Select(e => e.GetProperty("siret").GetString()!));
        }
        finally
        {
            await ExpectAsync(await admin.DeleteAsync($"{Profiles}/{profile.GetProperty("id").GetGuid()}"), HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task A_profile_names_the_firms_own_establishments_and_active_people_only()
    {
        var admin = await fixture.AdministratorAsync();
        var agent2Id = await UserIdAsync(await fixture.CallerAsync("agent2@demo.test"));
        var outsider = await UserIdAsync(await fixture.CallerAsync("agent3@demo.test"));
        var siren = Sirens.Next();
        await ExpectAsync(await PortfolioApiTests.DepositAsync(admin, DsnSample.Envoi().Declaration(siren, Sirens.Nic(siren, 1)).Latin1()), HttpStatusCode.Created);
        var establishment = (await ExpectAsync(await admin.GetAsync($"{Establishments}/{siren}{Sirens.Nic(siren, 1)}"), HttpStatusCode.OK)).GetProperty("id").GetGuid();

        var unnamed = await ExpectProblemAsync(await admin.PostAsync(Profiles, new { name = " ", responsibilities = "View", establishments = new[] { establishment } }), HttpStatusCode.UnprocessableEntity, "profile-name-invalid");
        Assert.Equal("Donnez un nom au profil de délégation (100 caractères au plus).", unnamed.GetProperty("detail").GetString());
        await ExpectProblemAsync(await admin.PostAsync(Profiles, new { name = "Vide", responsibilities = "View" }), HttpStatusCode.UnprocessableEntity, "profile-selection-required");
        await ExpectProblemAsync(await admin.PostAsync(Profiles, new { name = "Rien", responsibilities = "None", establishments = new[] { establishment } }), HttpStatusCode.UnprocessableEntity, "profile-responsibilities-required");
        await ExpectProblemAsync(await admin.PostAsync(Profiles, new { name = "Ailleurs", responsibilities = "View", establishments = new[] { Guid.NewGuid() } }), HttpStatusCode.UnprocessableEntity, "profile-establishment-unknown");
        await ExpectProblemAsync(await admin.PostAsync(Profiles, new { name = "Inconnu", responsibilities = "View", rulePartnerGroup = "NOPE" }), HttpStatusCode.UnprocessableEntity, "partner-group-unknown");
        var foreign = await ExpectProblemAsync(await admin.PostAsync(Profiles, new { name = "Autre cabinet", responsibilities = "View", establishments = new[] { establishment }, collaborators = new[] { agent2Id, outsider } }), HttpStatusCode.UnprocessableEntity, "collaborator-unknown");
        Assert.Equal("Un profil de délégation ne se confie qu'à des collaborateurs actifs de votre compte.", foreign.GetProperty("detail").GetString());
        await ExpectProblemAsync(await admin.PutAsync($"/api/v1/portfolio/administrators/{outsider}", new { }), HttpStatusCode.UnprocessableEntity, "administrator-unknown");
        await ExpectProblemAsync(await admin.PutAsync($"{Profiles}/{Guid.NewGuid()}", new { name = "X", responsibilities = "View", establishments = new[] { establishment } }), HttpStatusCode.NotFound, "profile-not-found");
        Assert.DoesNotContain((await ExpectAsync(await admin.GetAsync(Profiles), HttpStatusCode.OK)).EnumerateArray(), p => p.GetProperty("establishments").EnumerateArray().Any(e => e.GetGuid() == establishment));

        // Another firm's administrator reaches neither the profiles nor the establishment.
        var otherFirm = await fixture.CallerAsync("agent3@demo.test");
        await ExpectProblemAsync(await otherFirm.GetAsync(Profiles), HttpStatusCode.Forbidden, "no-portfolio-access");
    }

    [Fact]
    public async Task A_seeding_request_emails_the_partner_group_and_its_answer_is_recorded_once_in_the_history()
    {
        var admin = await fixture.AdministratorAsync();
        var siren = Sirens.Next();
        var siret = siren + Sirens.Nic(siren, 1);
        await ExpectAsync(await admin.PostAsync(Establishments, new { siret, name = "Boulangerie Martin", dueDay = "Fifteenth", partnerGroup = "KLESIA" }), HttpStatusCode.Created);

        var requested = await ExpectAsync(await admin.PostAsync($"{Establishments}/{siret}/seeding-requests"), HttpStatusCode.Created);
        Assert.Equal(("Requested", "KLESIA", "amorcage@klesia.demo.test"), (requested.GetProperty("status").GetString(), requested.GetProperty("partnerGroup").GetString(), requested.GetProperty("contactEmail").GetString()));
        var twice = await ExpectProblemAsync(await admin.PostAsync($"{Establishments}/{siret}/seeding-requests"), HttpStatusCode.Conflict, "seeding-already-requested");
        Assert.Equal("Une demande d'amorçage attend déjà la réponse du groupe partenaire pour cet établissement.", twice.GetProperty("detail").GetString());

        var email = Assert.Single(await SentMessages.TextBodiesAsync(fixture.Host, "portfolio.seeding-request", "amorcage@klesia.demo.test"), b => b.Contains(siret, StringComparison.Ordinal));
        Assert.Contains("Cabinet Démo, tiers déclarant, vous adresse une demande d'amorçage des données liées aux contrats d'assurances de personnes", email, StringComparison.Ordinal);
        Assert.Contains("Dénomination : Boulangerie Martin", email, StringComparison.Ordinal);

        var id = requested.GetProperty("id").GetGuid();
        await ExpectProblemAsync(await admin.PatchAsync($"{Establishments}/{siret}/seeding-requests/{Guid.NewGuid()}", new { accepted = true }), HttpStatusCode.NotFound, "seeding-not-found");
        var accepted = await ExpectAsync(await admin.PatchAsync($"{Establishments}/{siret}/seeding-requests/{id}", new { accepted = true }), HttpStatusCode.OK);
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        await ExpectProblemAsync(await admin.PatchAsync($"{Establishments}/{siret}/seeding-requests/{id}", new { accepted = false }), HttpStatusCode.Conflict, "seeding-already-answered");
        await ExpectProblemAsync(await admin.PostAsync($"{Establishments}/{siret}/seeding-requests"), HttpStatusCode.Conflict, "seeding-already-accepted");

        var journal = await ExpectAsync(await admin.GetAsync($"{Establishments}/{siret}/journal"), HttpStatusCode.OK);
        Assert.Equal(["SeedingAccepted", "SeedingRequested", "AddedManually"], journal.EnumerateArray().Select(j => j.GetProperty("event").GetString()));
        Assert.Equal(("Klesia", "Alice Administratrice"), (journal[0].GetProperty("detail").GetString(), journal[0].GetProperty("actor").GetString()));

        // An establishment still to complete has no partner to ask.
        var other = Sirens.Next();
        await ExpectAsync(await PortfolioApiTests.DepositAsync(admin, DsnSample.Envoi().Declaration(other, Sirens.Nic(other, 1)).Latin1()), HttpStatusCode.Created);
        await ExpectProblemAsync(await admin.PostAsync($"{Establishments}/{other}{Sirens.Nic(other, 1)}/seeding-requests"), HttpStatusCode.Conflict, "seeding-partner-required");
    }

    private static async Task<Guid> UserIdAsync(ApiCaller caller) =>
        (await ExpectAsync(await caller.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("userId").GetGuid();
}
