using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Modular.IntegrationTests.Support;
using static Modular.IntegrationTests.Support.ApiCaller;

namespace Modular.IntegrationTests.Delegation;

/// <summary>
/// A mandate from its request to its end: the mandator's part, the mandatary's section through
/// their link, the back office's approval with the credentials split between the two addresses,
/// acting for the mandator in the Vault and through an exchanged token (both names in what is
/// written, the <c>act</c> claim), and revocation stopping it on the next request.
/// </summary>
public sealed partial class DelegationJourneyTests(DelegationFixture fixture) : IClassFixture<DelegationFixture>
{
    private const string Requests = "/api/v1/delegation/mandate-requests";

    [Fact]
    public async Task Approval_makes_the_account_and_splits_its_credentials_between_the_two_addresses()
    {
        var unique = DelegationFixture.Unique();
        var (mandatorEmail, mandataryEmail) = ($"antoine.{unique}@cabinet-demo.test", $"claire.{unique}@cabinet-demo.test");
        var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var created = await ExpectAsync(await agent1.PostAsync(Requests, DelegationFixture.Part("vault", mandataryEmail, mandatorEmail, $"Claire {unique}")), HttpStatusCode.Created);
        Assert.Equal("AwaitingMandatary", created.GetProperty("state").GetString());
        var path = await fixture.LinkAsync(mandataryEmail);

        // The section refuses the mandator's own address however written, and a shared one; nothing is signed.
        var (identical, identicalPage) = await fixture.SignPartAsync(path, $" Antoine.{unique}+claire@Cabinet-Demo.test");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, identical.StatusCode);
        Assert.Contains("doit être différente de celle que nous a fournie l'autre partie", identicalPage.Body!.TextContent, StringComparison.Ordinal);
        var (shared, sharedPage) = await fixture.SignPartAsync(path, "accueil@cabinet-demo.test");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, shared.StatusCode);
        Assert.Contains("adresse de courriel partagée", sharedPage.Body!.TextContent, StringComparison.Ordinal);
        var (taken, takenPage) = await fixture.SignPartAsync(path, "agent3@demo.test");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Contains("celle d'un autre compte", takenPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("AwaitingMandatary", (await ExpectAsync(await agent1.GetAsync($"{Requests}/{created.GetProperty("id")}"), HttpStatusCode.OK)).GetProperty("state").GetString());

        var (signed, signedPage) = await fixture.SignPartAsync(path, mandataryEmail);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Contains("Votre section est signée", signedPage.Body!.TextContent, StringComparison.Ordinal);

        // The link opened again says it was used.
        using (var again = new BrowserSession(fixture.Host))
        {
            var (response, page) = await again.GetAsync(path);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("déjà remplie et signée", page.Body!.TextContent, StringComparison.Ordinal);
        }

        var approved = await fixture.ApproveAsync(created.GetProperty("id").GetGuid());
        Assert.Contains($"Claire {unique} peut agir pour le compte de Antoine Agent", approved.Body!.TextContent, StringComparison.Ordinal);

        // The username to the mandator's address, the temporary password to the mandatary's: each holds its half only.
        var toMandator = Assert.Single(await SentMessages.TextBodiesAsync(fixture.Host, "identity.mandatary-username", mandatorEmail));
        var toMandatary = Assert.Single(await SentMessages.TextBodiesAsync(fixture.Host, "identity.mandatary-password", mandataryEmail));
        var userName = UserName().Match(toMandator).Value;
        var password = toMandatary.Split('\n').Select(l => l.Trim()).SkipWhile(l => !l.StartsWith("Voici votre mot de passe temporaire", StringComparison.Ordinal)).Skip(1).First(l => l.Length > 0);
        Assert.Equal(16, password.Length);
        Assert.DoesNotContain(password, toMandator, StringComparison.Ordinal);
        Assert.DoesNotMatch(UserName(), toMandatary);
        Assert.Empty(await SentMessages.TextBodiesAsync(fixture.Host, "identity.mandatary-password", mandatorEmail));
        Assert.Single(await SentMessages.TextBodiesAsync(fixture.Host, "delegation.request-approved", mandatorEmail));
        Assert.Single(await SentMessages.TextBodiesAsync(fixture.Host, "delegation.request-approved", mandataryEmail));

        // « Un fichier par formulaire »: both parts and both signatures in one PDF, for the mandator only.
        using var form = await agent1.GetAsync($"{Requests}/{created.GetProperty("id")}/form");
        Assert.Equal(("application/pdf", HttpStatusCode.OK), (form.Content.Headers.ContentType?.MediaType, form.StatusCode));
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await form.Content.ReadAsByteArrayAsync(Ct)))
        {
            var page = Assert.Single(pdf.GetPages());
            var text = page.Text;
            foreach (var expected in new[] { "Formulaire de demande d'accès", "Antoine Agent", mandatorEmail, $"Claire {unique}", mandataryEmail, "Section Utilisateur", "Acceptée", "Coffre" })
            {
                Assert.Contains(expected, text, StringComparison.Ordinal);
            }

            Assert.Equal(2, page.GetImages().Count());
        }

        var stranger = await fixture.CallerAsync("agent3@demo.test");
        await ExpectProblemAsync(await stranger.GetAsync($"{Requests}/{created.GetProperty("id")}/form"), HttpStatusCode.NotFound, "mandate-request-not-found");

        // The address alone does not sign in; the username does, and the password must be changed first.
        using var browser = new BrowserSession(fixture.Host);
        var byEmail = await browser.SignInAsync(mandataryEmail, password);
        Assert.Equal(HttpStatusCode.OK, byEmail.StatusCode);
        var byUserName = await browser.SignInAsync(userName, password);
        Assert.StartsWith("/Identity/Account/ChangePassword", byUserName.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acting_in_the_vault_writes_both_names_and_a_revocation_stops_it_on_the_next_page()
    {
        var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var mandateId = await fixture.MandateAsync(agent1, "vault", "agent2@demo.test");

        using var mandatary = new BrowserSession(fixture.Host);
        await mandatary.SignInWithCodeAsync("agent2@demo.test");
        var (_, mandates) = await mandatary.GetAsync("/Delegation");
        var acted = await DelegationFixture.PostRowAsync(mandatary, mandates, "Act", mandateId);
        Assert.Equal("/Vault", acted.Headers.Location!.OriginalString);
        var (_, vault) = await mandatary.GetAsync("/Vault");
        Assert.Contains("Vous agissez pour le compte de Antoine Agent dans « Coffre »", vault.QuerySelector("[data-testid=acting-banner]")!.TextContent, StringComparison.Ordinal);

        var name = "Dossier du mandat " + DelegationFixture.Unique();
        var (_, folder) = await mandatary.FollowAsync(await mandatary.SubmitAsync(vault, new Dictionary<string, string> { ["Input.Name"] = name }));
        var line = folder.QuerySelectorAll("[data-testid=journal-entry]").Single(e => e.GetAttribute("data-kind") == "FolderCreated");
        Assert.Equal("Béatrice Agent pour le compte de Antoine Agent", line.QuerySelector("[data-testid=journal-author]")!.TextContent);

        // Outside the mandated service the mandatary is themselves: no banner on their own case files.
        var (_, cases) = await mandatary.GetAsync("/Sharing/CaseFiles");
        Assert.Null(cases.QuerySelector("[data-testid=acting-banner]"));

        // The mandator revokes: the very next page is the mandatary's own again, and says why.
        await ExpectAsync(await agent1.PostAsync($"/api/v1/delegation/mandates/{mandateId}/revoke"), HttpStatusCode.OK);
        var (_, after) = await mandatary.GetAsync("/Vault");
        Assert.Null(after.QuerySelector("[data-testid=acting-banner]"));
        Assert.NotNull(after.QuerySelector("[data-testid=acting-ended]"));
        await ExpectProblemAsync(await agent1.PostAsync($"/api/v1/delegation/mandates/{mandateId}/revoke"), HttpStatusCode.Conflict, "mandate-not-active");
        Assert.NotEmpty(await SentMessages.TextBodiesAsync(fixture.Host, "delegation.mandate-revoked", "agent2@demo.test"));
    }

    [Fact]
    public async Task An_exchanged_token_acts_for_the_mandator_with_the_act_claim_and_the_services_scopes_only_until_revoked()
    {
        var agent1 = await fixture.CallerAsync("agent1@demo.test");
        var agent1Id = (await ExpectAsync(await agent1.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("userId").GetGuid();
        var mandateId = await fixture.MandateAsync(agent1, "sharing.case-files", "agent2@demo.test");
        var own = await fixture.Host.TokenAsync("agent2@demo.test", DelegationFixture.Scopes);
        var agent2Id = (await ExpectAsync(await new ApiCaller(fixture.Host.CreateApiClient(), own, null).GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("userId").GetGuid();

        // Someone else's mandate, or none, is no grant.
        var refused = await Tokens.JsonAsync(await ExchangeAsync(own, Guid.NewGuid()));
        Assert.Equal("invalid_grant", refused.GetProperty("error").GetString());

        var exchanged = await Tokens.JsonAsync(await ExchangeAsync(own, mandateId));
        var token = exchanged.GetProperty("access_token").GetString()!;
        var claims = Payload(token);
        Assert.Equal(agent1Id.ToString(), claims.GetProperty("sub").GetString());
        Assert.Equal(agent2Id.ToString(), claims.GetProperty("act").GetProperty("sub").GetString());
        Assert.Equal("sharing", claims.GetProperty("scope").ValueKind == JsonValueKind.Array ? string.Join(" ", claims.GetProperty("scope").EnumerateArray().Select(s => s.GetString())) : claims.GetProperty("scope").GetString());

        using var acting = new ApiCaller(fixture.Host.CreateApiClient(), token, null);
        var content = new
        {
            client = new { lastName = "Mandat", firstName = "Claire", birthDate = "1984-03-09", email = "claire@example.test", phone = (string?)null, address = "1 rue de la Paix, 75002 Paris" },
            policies = Array.Empty<object>(),
            notes = (string?)null,
            sections = Array.Empty<object>(),
        };
        var caseFile = await ExpectAsync(await acting.PostAsync("/api/v1/sharing/cases", content), HttpStatusCode.Created);
        Assert.Equal(403, (await ExpectAsync(await acting.GetAsync("/api/v1/vault/folders"), HttpStatusCode.Forbidden)).GetProperty("status").GetInt32());

        // The case file is the mandator's, and its history names who wrote it for them.
        var seen = await ExpectAsync(await agent1.GetAsync($"/api/v1/sharing/cases/{caseFile.GetProperty("id")}"), HttpStatusCode.OK);
        var created = seen.GetProperty("history")[0];
        Assert.Equal((agent1Id, agent2Id), (created.GetProperty("actorId").GetGuid(), created.GetProperty("actingUserId").GetGuid()));
        Assert.Equal(("Antoine Agent", "Béatrice Agent"), (created.GetProperty("actorName").GetString(), created.GetProperty("actingName").GetString()));

        await ExpectAsync(await agent1.PostAsync($"/api/v1/delegation/mandates/{mandateId}/revoke"), HttpStatusCode.OK);
        await ExpectProblemAsync(await acting.GetAsync("/api/v1/sharing/cases"), HttpStatusCode.Unauthorized, "mandate-not-active");
        Assert.Equal("invalid_grant", (await Tokens.JsonAsync(await ExchangeAsync(own, mandateId))).GetProperty("error").GetString());
    }

    private async Task<HttpResponseMessage> ExchangeAsync(string subjectToken, Guid mandateId) =>
        await Tokens.RequestAsync(fixture.Host.CreateApiClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:token-exchange",
            ["client_id"] = "demo-cli",
            ["subject_token"] = subjectToken,
            ["subject_token_type"] = "urn:ietf:params:oauth:token-type:access_token",
            ["mandate_id"] = mandateId.ToString(),
        });

    private static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part))).RootElement.Clone();
    }

    [GeneratedRegex(@"mdt-[a-z0-9]{4}-[a-z0-9]{4}")]
    private static partial Regex UserName();
}
