using System.Net;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Portfolio;

/// <summary>
/// « Mon portefeuille » through its pages, as Cabinet Démo's administrator uses it: a deposit refused
/// with its problem's line, then accepted; an establishment to complete, its wrong field said in
/// place; an agent without a part of the portfolio sees neither the menu entry nor the pages.
/// </summary>
public sealed class PortfolioPagesTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public async Task The_administrator_deposits_a_DSN_refused_then_accepted_and_completes_an_establishment()
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var (_, home) = await admin.GetAsync("/");
        Assert.NotNull(home.QuerySelector("[data-testid=nav-portfolio]"));

        var siren = "732829320";
        var nic = Enumerable.Range(0, 10).Select(d => "0001" + d).First(n => Modular.Portfolio.Domain.Establishments.Siret.IsValid(siren + n));
        var file = DsnSample.Envoi().Declaration(siren, nic, city: "Besançon");
        file.DeclaredLines = "7";
        var (_, page) = await admin.GetAsync("/Portfolio/Deposit");
        var refused = await BrowserSession.ParseAsync(await admin.SubmitFilesAsync(Form(page), "file", [("casse.dsn", file.Latin1())]));
        Assert.True(refused.QuerySelector("[data-testid=deposit-refused]") is not null, refused.Body?.TextContent);
        Assert.Equal(
            [$"Ligne {file.Lines().Count - 1} : le total annonce 7 rubriques, le fichier en compte {file.Lines().Count}."],
            refused.QuerySelectorAll("[data-testid=deposit-problem]").Select(p => p.TextContent));

        file.DeclaredLines = null;
        var (_, done) = await admin.FollowAsync(await admin.SubmitFilesAsync(Form(refused), "file", [("octobre.dsn", file.Latin1())]));
        Assert.Equal("DSN déposée.", done.QuerySelector("[data-testid=status-message]")!.TextContent);
        var line = Assert.Single(done.QuerySelectorAll("[data-testid=deposit-line]"));
        Assert.Equal("Added", line.GetAttribute("data-outcome"));

        var (_, details) = await admin.GetAsync($"/Portfolio/Establishments/{siren}{nic}");
        Assert.Equal("À compléter", details.QuerySelector("[data-testid=establishment-status]")!.TextContent);
        Assert.Equal("8 place de l'Église, 25000 Besançon", details.QuerySelector("[data-testid=establishment-address]")!.TextContent);
        var wrong = await BrowserSession.ParseAsync(await admin.SubmitAsync(details, new Dictionary<string, string> { ["Input.Name"] = " ", ["Input.DueDay"] = "Fifth", ["Input.PartnerGroup"] = "AG2R" }, formAction: "handler=Complete"));
        Assert.Equal("Indiquez la raison sociale de l'établissement (200 caractères au plus).", wrong.QuerySelector("[data-testid=establishment-name-error]")!.TextContent);
        var (_, completed) = await admin.FollowAsync(await admin.SubmitAsync(wrong, new Dictionary<string, string> { ["Input.Name"] = "Garage Moreau", ["Input.DueDay"] = "Fifth", ["Input.PartnerGroup"] = "AG2R" }, formAction: "handler=Complete"));
        Assert.Equal(("Complet", "Garage Moreau"), (completed.QuerySelector("[data-testid=establishment-status]")!.TextContent, completed.QuerySelector("[data-testid=establishment-title]")!.TextContent));

        var (_, list) = await admin.GetAsync("/Portfolio?q=moreau");
        Assert.Equal($"{siren}{nic}", Assert.Single(list.QuerySelectorAll("[data-testid=establishment-row]")).GetAttribute("data-siret"));

        // October's DSN, due at noon on 5 November, deposited in December: late, in the page and in its CSV.
        var (_, schedule) = await admin.GetAsync("/Portfolio/Schedule?month=2026-10&sort=siret");
        var row = schedule.QuerySelectorAll("[data-testid=schedule-row]").Single(r => r.GetAttribute("data-siret") == $"{siren}{nic}");
        Assert.Equal("Late", row.GetAttribute("data-state"));
        Assert.Contains("05/11/2026 12:00", row.TextContent, StringComparison.Ordinal);
        var csv = await admin.Client.GetAsync(new Uri("/Portfolio/Schedule?handler=Csv&month=2026-10", UriKind.Relative), BrowserSession.Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync(BrowserSession.Ct);
        Assert.StartsWith("SIRET;Raison sociale;Échéance mensuelle;", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains($"{siren}{nic};Garage Moreau;le 5;05/11/2026 12:00;", text, StringComparison.Ordinal);
        Assert.Contains(";En retard;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_without_a_part_of_the_portfolio_sees_no_entry_and_no_page()
    {
        using var agent = new BrowserSession(factory);
        await agent.SignInAsync("agent1@demo.test");
        var (_, home) = await agent.GetAsync("/");

        Assert.Null(home.QuerySelector("[data-testid=nav-portfolio]"));
        Assert.DoesNotContain(home.QuerySelectorAll("[data-testid=module-card]"), c => c.GetAttribute("data-module") == "Portfolio");
        foreach (var path in new[] { "/Portfolio", "/Portfolio/Deposit", "/Portfolio/Schedule", "/Portfolio/Establishments/Add", "/Portfolio/Establishments/55208131700018", "/Portfolio/Profiles", "/Portfolio/Profiles/Edit" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync(path)).Response.StatusCode);
        }
    }

    [Fact]
    public async Task A_manual_add_offers_the_seeding_request_which_is_sent_answered_and_told_in_the_history()
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var siren = "542107651";
        var nic = Enumerable.Range(0, 10).Select(d => "0002" + d).First(n => Modular.Portfolio.Domain.Establishments.Siret.IsValid(siren + n));
        var (_, add) = await admin.GetAsync("/Portfolio/Establishments/Add");
        var (_, details) = await admin.FollowAsync(await admin.SubmitAsync(add, new Dictionary<string, string>
        {
            ["Input.Siret"] = $"{siren[..3]}.{siren[3..6]}.{siren[6..]}.{nic}", ["Input.Name"] = "Hôtel du Lac", ["Input.DueDay"] = "Fifth", ["Input.PartnerGroup"] = "malakoff",
        }));
        Assert.Equal(
            "Lors de l'ajout manuel d'un établissement, une demande d'autorisation d'amorçage est proposée. Elle vous permet d'accéder à l'amorçage des données liées aux contrats d'assurances de personnes.",
            details.QuerySelector("[data-testid=seeding] p")!.TextContent);
        Assert.Equal("Demander l'amorçage à Malakoff Humanis", details.QuerySelector("[data-testid=seeding-request]")!.TextContent);

        var (_, sent) = await admin.FollowAsync(await admin.SubmitAsync(details, new Dictionary<string, string>(), formAction: "handler=Seeding"));
        Assert.Equal(
            "La demande d'amorçage est envoyée à amorcage@malakoff.demo.test. Le groupe partenaire est relancé s'il n'a pas répondu dans 10 jours.",
            sent.QuerySelector("[data-testid=status-message]")!.TextContent);
        Assert.Equal("Demandée", sent.QuerySelector("[data-testid=seeding-status]")!.TextContent);
        Assert.Null(sent.QuerySelector("[data-testid=seeding-request]"));

        var (_, answered) = await admin.FollowAsync(await admin.SubmitAsync(sent, new Dictionary<string, string>(), formAction: "handler=Answer", submitName: "accepted", submitValue: "false"));
        Assert.Equal("Refusée", answered.QuerySelector("[data-testid=seeding-status]")!.TextContent);
        Assert.NotNull(answered.QuerySelector("[data-testid=seeding-request]"));
        Assert.Equal(
            ["Amorçage refusé par le groupe Malakoff Humanis", "Demande d'amorçage envoyée : Malakoff Humanis · amorcage@malakoff.demo.test", "Ajouté à la main : Hôtel du Lac · Malakoff Humanis · 5"],
            answered.QuerySelectorAll("[data-testid=journal-entry] div:last-child").Select(e => e.TextContent));

        // A second answer to the same request is refused in words, on the page.
        var twice = await BrowserSession.ParseAsync(await admin.SubmitAsync(sent, new Dictionary<string, string>(), formAction: "handler=Answer", submitName: "accepted", submitValue: "true"));
        Assert.Contains("La réponse à cette demande d'amorçage est déjà enregistrée.", twice.QuerySelector("[data-testid=validation-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrator_creates_a_delegation_profile_its_wrong_fields_said_in_place()
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var (_, profiles) = await admin.GetAsync("/Portfolio/Profiles");
        Assert.NotNull(profiles.QuerySelector("[data-testid=profile-new]"));
        var (_, edit) = await admin.GetAsync("/Portfolio/Profiles/Edit");
        var agent2 = edit.QuerySelector("[data-testid='agent-agent2@demo.test']")!.GetAttribute("value")!;

        var wrong = await BrowserSession.ParseAsync(await admin.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Name"] = "Par règle", ["Input.Mode"] = "list", ["Input.Collaborators"] = agent2 }));
        Assert.Equal(
            "Choisissez les établissements du profil, un par un ou par règle (groupe partenaire, échéance).",
            wrong.QuerySelector("[data-testid=profile-selection-error]")!.TextContent);

        var (_, saved) = await admin.FollowAsync(await admin.SubmitAsync(wrong, new Dictionary<string, string>
        {
            ["Input.Name"] = "Clients PRO BTP", ["Input.Mode"] = "rule", ["Input.PartnerGroup"] = "PROBTP", ["Input.Collaborators"] = agent2,
        }));
        Assert.Equal("Profil « Clients PRO BTP » créé : ses collaborateurs voient leur part du portefeuille.", saved.QuerySelector("[data-testid=status-message]")!.TextContent);
        var row = saved.QuerySelectorAll("[data-testid=profile-row]").Single(r => r.QuerySelector("[data-testid=profile-name]")!.TextContent == "Clients PRO BTP");
        Assert.Contains("Par règle : PRO BTP", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Béatrice Agent", row.TextContent, StringComparison.Ordinal);

        // The profile only consults: agent2 reaches the portfolio, but is not offered to deposit.
        using (var agent = new BrowserSession(factory))
        {
            await agent.SignInAsync("agent2@demo.test");
            var (_, portfolio) = await agent.GetAsync("/Portfolio");
            Assert.NotNull(portfolio.QuerySelector("[data-testid=schedule-link]"));
            Assert.Null(portfolio.QuerySelector("[data-testid=deposit-link]"));
            Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/Portfolio/Deposit")).Response.StatusCode);
        }

        var (_, deleted) = await admin.FollowAsync(await admin.SubmitAsync(saved, new Dictionary<string, string>(), formAction: "handler=Delete"));
        Assert.DoesNotContain(deleted.QuerySelectorAll("[data-testid=profile-name]"), n => n.TextContent == "Clients PRO BTP");
    }

    private static IHtmlFormElement Form(IHtmlDocument page) => (IHtmlFormElement)page.QuerySelector("[data-testid=deposit-form]")!;
}
