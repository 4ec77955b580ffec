using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Delegation;

/// <summary>
/// What a mandate request refuses, each in words and with its status, with nothing written: every
/// wrong field at once, one request per mandatary and service, an image that is not one, a link
/// past its 30 days, a commercial billing agency, a refusal without reason; and shared credentials
/// ending a mandatary's account, the evidence left for the back office.
/// </summary>
public sealed partial class DelegationRulesTests(DelegationFixture fixture) : IClassFixture<DelegationFixture>
{
    private const string Requests = "/api/v1/delegation/mandate-requests";

    [Fact]
    public async Task Every_refused_field_is_named_at_once_and_nothing_is_sent()
    {
        var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var unique = DelegationFixture.Unique();
        var part = DelegationFixture.Part("nowhere", $"Accueil+{unique}@cabinet-demo.test", "agent2@demo.test", mandataryName: " ");
        part["endsOn"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(13).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        part["signature"] = null;

        var problem = await ExpectProblemAsync(await agent1.PostAsync(Requests, part), HttpStatusCode.UnprocessableEntity, "validation-failed");
        var errors = problem.GetProperty("errors");
        Assert.Contains("celle d'un autre compte", errors.GetProperty("MandatorEmail")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("adresse de courriel partagée", errors.GetProperty("LinkEmail")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("service en ligne", errors.GetProperty("Service")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Signez le formulaire", errors.GetProperty("Signature")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(await SentMessages.TextBodiesAsync(fixture.Host, "delegation.mandatary-link", $"accueil@cabinet-demo.test"));

        // The same in English, for whoever reads it so.
        var englishProblem = await ExpectProblemAsync(await agent1.SendAsync(HttpMethod.Post, Requests, part, r => r.Headers.AcceptLanguage.ParseAdd("en")), HttpStatusCode.UnprocessableEntity, "validation-failed");
        Assert.Contains("Sign the form", englishProblem.GetProperty("errors").GetProperty("Signature")[0].GetString(), StringComparison.Ordinal);

        var rest = DelegationFixture.Part("vault", $"claire.{unique}@cabinet-demo.test", $"antoine.{unique}@cabinet-demo.test");
        rest["mandataryName"] = "";
        rest["endsOn"] = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var second = (await ExpectProblemAsync(await agent1.PostAsync(Requests, rest), HttpStatusCode.UnprocessableEntity, "validation-failed")).GetProperty("errors");
        Assert.True(second.TryGetProperty("MandataryName", out _) && second.TryGetProperty("EndsOn", out _), second.ToString());

        // An image that is none, and a category the service is not open to.
        var notImage = DelegationFixture.Part("vault", $"claire.{unique}@cabinet-demo.test", $"antoine.{unique}@cabinet-demo.test");
        notImage["signature"] = new { form = "Scanned", content = Convert.ToBase64String("%PDF-1.7 pas une image, pas du tout"u8.ToArray()) };
        var refused = await ExpectProblemAsync(await agent1.PostAsync(Requests, notImage), HttpStatusCode.UnprocessableEntity, "signature-image-invalid");
        Assert.Contains("PNG ou JPEG", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var billing = DelegationFixture.Part("vault", $"claire.{unique}@cabinet-demo.test", $"antoine.{unique}@cabinet-demo.test");
        billing["category"] = "InHouseBilling";
        await ExpectProblemAsync(await agent1.PostAsync(Requests, billing), HttpStatusCode.UnprocessableEntity, "service-not-for-category");

        var mine = await ExpectAsync(await agent1.GetAsync("/api/v1/delegation/mandates"), HttpStatusCode.OK);
        Assert.DoesNotContain(mine.GetProperty("requests").EnumerateArray(), r => r.GetProperty("linkEmail").GetString()!.Contains(unique, StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_request_per_mandatary_and_service_and_a_link_past_30_days_is_gone()
    {
        var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var unique = DelegationFixture.Unique();
        var link = $"claire.{unique}@cabinet-demo.test";
        var created = await ExpectAsync(await agent1.PostAsync(Requests, DelegationFixture.Part("portfolio", link, $"antoine.{unique}@cabinet-demo.test")), HttpStatusCode.Created);
        var again = DelegationFixture.Part("portfolio", " Claire." + unique + "+bis@Cabinet-Demo.test", $"antoine2.{unique}@cabinet-demo.test");
        await ExpectProblemAsync(await agent1.PostAsync(Requests, again), HttpStatusCode.Conflict, "mandate-already-requested");

        // Another service for the same person is another form.
        await ExpectAsync(await agent1.PostAsync(Requests, DelegationFixture.Part("vault", link, $"antoine.{unique}@cabinet-demo.test")), HttpStatusCode.Created);

        var path = await fixture.LinkAsync(link);
        fixture.Host.Time.Advance(TimeSpan.FromDays(30));
        try
        {
            using var browser = new BrowserSession(fixture.Host);
            var (response, page) = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Contains("n'a pas été remplie dans les 30 jours", page.Body!.TextContent, StringComparison.Ordinal);
            var state = await ExpectAsync(await (await fixture.CallerAsync("agent1@demo.test")).GetAsync($"{Requests}/{created.GetProperty("id")}"), HttpStatusCode.OK);
            Assert.Equal("Expired", state.GetProperty("state").GetString());
        }
        finally
        {
            fixture.Host.Time.Advance(TimeSpan.FromDays(-30));
        }

        // An unknown link is not found; the mandator withdraws the other request once.
        using (var stranger = new BrowserSession(fixture.Host))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/mandat/" + new string('A', 43))).Response.StatusCode);
        }
    }

    [Fact]
    public async Task The_decision_tree_refuses_a_commercial_billing_agency_with_the_seeds_sentence()
    {
        using var browser = new BrowserSession(fixture.Host);
        await browser.SignInWithCodeAsync("agent1@demo.test");
        var (_, start) = await browser.GetAsync("/Delegation/Start");
        Assert.Contains("Aujourd'hui, nous traitons les demandes que nous avons reçues à la date suivante", start.Body!.TextContent, StringComparison.Ordinal);
        var refused = await browser.SubmitAsync(start, new Dictionary<string, string> { ["Kind"] = "billing-agency", ["Agency"] = "commercial" });
        var page = await BrowserSession.ParseAsync(refused);
        Assert.Equal(
            "Si votre agence de facturation est commerciale, vous ne pouvez pas mandater un membre de son personnel pour utiliser nos services en ligne.",
            page.QuerySelector("[data-testid=decision-refusal]")!.TextContent);
        var other = await BrowserSession.ParseAsync(await browser.SubmitAsync(start, new Dictionary<string, string> { ["Kind"] = "other" }));
        Assert.Contains("Vous devez mandater un membre de votre personnel", other.QuerySelector("[data-testid=decision-refusal]")!.TextContent, StringComparison.Ordinal);
        var form = await browser.SubmitAsync(start, new Dictionary<string, string> { ["Kind"] = "billing-agency", ["Agency"] = "in-house" });
        Assert.Equal("/Delegation/Request/InHouseBilling", form.Headers.Location!.OriginalString);
        var (_, billingForm) = await browser.GetAsync("/Delegation/Request/InHouseBilling");
        Assert.Equal(["portfolio"], billingForm.QuerySelectorAll("[data-testid=request-service] option").Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }));
    }

    [Fact]
    public async Task Shared_credentials_end_a_mandatarys_account_and_the_back_office_reads_the_evidence()
    {
        var unique = DelegationFixture.Unique();
        var (mandatorEmail, mandataryEmail) = ($"antoine.{unique}@cabinet-demo.test", $"claire.{unique}@cabinet-demo.test");
        var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var created = await ExpectAsync(await agent1.PostAsync(Requests, DelegationFixture.Part("sharing.case-files", mandataryEmail, mandatorEmail, $"Claire {unique}")), HttpStatusCode.Created);
        await fixture.SignPartAsync(await fixture.LinkAsync(mandataryEmail), mandataryEmail);
        await fixture.ApproveAsync(created.GetProperty("id").GetGuid());
        var userName = UserName().Match(Assert.Single(await SentMessages.TextBodiesAsync(fixture.Host, "identity.mandatary-username", mandatorEmail))).Value;
        var password = Password().Match(Assert.Single(await SentMessages.TextBodiesAsync(fixture.Host, "identity.mandatary-password", mandataryEmail))).Groups[1].Value;

        // The mandatary signs in at the office, and chooses their password.
        using var office = Browser("198.51.100.7", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0");
        var first = await office.SignInAsync(userName, password);
        Assert.StartsWith("/Identity/Account/ChangePassword", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await office.PostFormAsync("/Identity/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = password,
            ["Input.NewPassword"] = "Claire-Passw0rd!2026",
            ["Input.ConfirmPassword"] = "Claire-Passw0rd!2026",
        });

        // Minutes later, the same credentials from another network and another device: the account ends.
        using var elsewhere = Browser("203.0.113.200", "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0");
        var second = await elsewhere.SignInAsync(userName, "Claire-Passw0rd!2026");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("nous avons désactivé ce compte", (await BrowserSession.ParseAsync(second)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await office.SignInAsync(userName, "Claire-Passw0rd!2026")).StatusCode);
        var (officePage, _) = await office.GetAsync("/Delegation");
        Assert.True(BrowserSession.IsRedirect(officePage), "The office's session ended with the account.");

        Assert.Single(await SentMessages.TextBodiesAsync(fixture.Host, "identity.shared-credentials", mandataryEmail));
        Assert.Contains($"Claire {unique}", Assert.Single(await SentMessages.TextBodiesAsync(fixture.Host, "delegation.shared-credentials", mandatorEmail)), StringComparison.Ordinal);

        // The back office sees the two signals with both sign-ins, and reactivates.
        using var admin = new BrowserSession(fixture.Host);
        await admin.SignInWithCodeAsync("admin@demo.test");
        var (_, users) = await admin.GetAsync("/Admin/Users?Search=" + Uri.EscapeDataString(mandataryEmail));
        var (_, signals) = await admin.GetAsync(users.QuerySelector("[data-testid=user-signals]")!.GetAttribute("href")!);
        var evidence = signals.QuerySelectorAll("[data-testid=signal-evidence]").Select(e => e.TextContent).ToList();
        Assert.Equal(2, evidence.Count);
        Assert.All(evidence, e => Assert.Contains("198.51.100.7", e, StringComparison.Ordinal));
        Assert.All(evidence, e => Assert.Contains("203.0.113.200", e, StringComparison.Ordinal));
        await admin.SubmitAsync(signals, new Dictionary<string, string>(), formAction: "handler=Reactivate");
        Assert.StartsWith("/Identity/Account/ChangePassword", (await elsewhere.SignInAsync(userName, "Claire-Passw0rd!2026")).Headers.Location?.OriginalString ?? "/", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_back_office_revokes_a_mandate_in_force_from_its_queue()
    {
        var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var mandateId = await fixture.MandateAsync(agent1, "portal.publishing", "agent2@demo.test");

        using var admin = new BrowserSession(fixture.Host);
        await admin.SignInWithCodeAsync("admin@demo.test");
        var (_, queue) = await admin.GetAsync("/Delegation/Queue");
        var (_, after) = await admin.FollowAsync(await DelegationFixture.PostRowAsync(admin, queue, "Revoke", mandateId));
        Assert.Contains("est révoqué", after.QuerySelector("[data-testid=status-message]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(after.QuerySelectorAll("[data-testid=in-force-revoke]"), b => b.ParentElement!.GetAttribute("action")!.Contains(mandateId.ToString(), StringComparison.OrdinalIgnoreCase));

        var given = (await ExpectAsync(await agent1.GetAsync("/api/v1/delegation/mandates"), HttpStatusCode.OK)).GetProperty("given").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == mandateId);
        Assert.Equal((false, "BackOffice"), (given.GetProperty("isActive").GetBoolean(), given.GetProperty("revokedBy").GetString()));

        // An agent is not the back office: another's mandate is not found to them.
        var agent3 = await fixture.CallerAsync("agent3@demo.test");
        await ExpectProblemAsync(await agent3.PostAsync($"/api/v1/delegation/mandates/{mandateId}/revoke"), HttpStatusCode.NotFound, "mandate-not-found");
    }

    [Fact]
    public async Task The_mandator_renews_a_mandate_within_a_year_and_both_parties_are_told()
    {
        var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var mandateId = await fixture.MandateAsync(agent1, "portfolio", "agent2@demo.test");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await ExpectProblemAsync(await agent1.PostAsync($"/api/v1/delegation/mandates/{mandateId}/renew", new { endsOn = Day(today.AddMonths(13)) }), HttpStatusCode.UnprocessableEntity, "mandate-renewal-invalid");
        await ExpectProblemAsync(await agent1.PostAsync($"/api/v1/delegation/mandates/{mandateId}/renew", new { endsOn = Day(today.AddMonths(3)) }), HttpStatusCode.UnprocessableEntity, "mandate-renewal-invalid");
        var agent2 = await fixture.CallerAsync("agent2@demo.test");
        await ExpectProblemAsync(await agent2.PostAsync($"/api/v1/delegation/mandates/{mandateId}/renew", new { endsOn = Day(today.AddMonths(11)) }), HttpStatusCode.NotFound, "mandate-not-found");

        var renewed = await ExpectAsync(await agent1.PostAsync($"/api/v1/delegation/mandates/{mandateId}/renew", new { endsOn = Day(today.AddMonths(11)) }), HttpStatusCode.OK);
        Assert.True(renewed.GetProperty("endsAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMonths(10), renewed.ToString());
        Assert.Contains(
            await SentMessages.TextBodiesAsync(fixture.Host, "delegation.mandate-renewed", "agent2@demo.test"),
            b => b.Contains("renouvelé le mandat", StringComparison.Ordinal));
    }

    private BrowserSession Browser(string address, string userAgent)
    {
        var browser = new BrowserSession(fixture.Host);
        browser.Client.DefaultRequestHeaders.TryAddWithoutValidation("X-Forwarded-For", address);
        browser.Client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return browser;
    }

    [GeneratedRegex(@"mdt-[a-z0-9]{4}-[a-z0-9]{4}")]
    private static partial Regex UserName();

    [GeneratedRegex(@"Voici votre mot de passe temporaire :\s+(\S+)")]
    private static partial Regex Password();
}
