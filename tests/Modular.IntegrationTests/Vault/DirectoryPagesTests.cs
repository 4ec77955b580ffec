using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using Modular.Vault.Application.Access;
using Modular.Vault.Domain.Access;
using Modular.Vault.Infrastructure.Persistence;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// « Personnes et sociétés » and the « Inviter » tab as the seed tells them: the link by email,
/// else by letter, else not sent; the code by SMS, else read out by the agent on the phone.
/// </summary>
public sealed class DirectoryPagesTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public async Task An_english_page_refuses_wrong_details_in_english()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var response = await agent.PostFormAsync("/Vault/People/Edit?culture=en-GB", new Dictionary<string, string>
        {
            ["Input.LastName"] = " ",
            ["Input.FirstName"] = new string('x', 101),
            ["Input.Email"] = "alain.dupont@",
            ["Input.Mobile"] = "12 34",
            ["Input.AddressLine1"] = "3 rue des Lilas",
        });

        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal("The last name is required.", Text(page, "person-lastname-error"));
        Assert.Equal("The email address “alain.dupont@” is not valid.", Text(page, "person-email-error"));
        Assert.Equal("A postal address has at least the street, the postcode and the city.", Text(page, "person-postalcode-error"));
        Assert.DoesNotContain("valide", Text(page, "person-mobile-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_details_are_refused_field_by_field_and_nothing_is_stored()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var company = VaultPagesTests.Unique("Garage");
        var response = await agent.PostFormAsync("/Vault/People/Edit", new Dictionary<string, string>
        {
            ["Input.LastName"] = " ",
            ["Input.Company"] = company,
            ["Input.Email"] = "alain.dupont@",
            ["Input.Mobile"] = "12 34",
            ["Input.AddressLine1"] = "3 rue des Lilas",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal("Le nom est obligatoire.", Text(page, "person-lastname-error"));
        Assert.Equal("L'adresse courriel « alain.dupont@ » n'est pas valide.", Text(page, "person-email-error"));
        Assert.Equal("« 12 34 » n'est pas un numéro de mobile valide : saisissez-le au format international, par exemple +33612345678.", Text(page, "person-mobile-error"));
        Assert.Equal("Une adresse postale comprend au moins l'adresse, le code postal et la ville.", Text(page, "person-postalcode-error"));
        Assert.Equal(company, ((IHtmlInputElement)page.QuerySelector("[data-testid=person-company]")!).Value);
        Assert.Equal(0L, await VaultScalarAsync($"SELECT count(*) FROM people WHERE Company = '{company}'"));

        var landline = await BrowserSession.ParseAsync(await agent.PostFormAsync("/Vault/People/Edit", new Dictionary<string, string>
        {
            ["Input.LastName"] = "Dupont",
            ["Input.Mobile"] = "01 23 45 67 89",
        }));
        Assert.Equal("« 01 23 45 67 89 » n'est pas un numéro de mobile français : il commence par 06 ou 07 et compte 10 chiffres.", Text(landline, "person-mobile-error"));
    }

    [Fact]
    public async Task A_person_is_found_without_accents_and_a_french_mobile_is_kept_in_international_form()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var company = VaultPagesTests.Unique("Société Générale des Pièces");
        var id = await CreatePersonAsync(agent, "Dûpont", "Hélène", company, mobile: "06 12 34 56 78");

        var (_, details) = await agent.GetAsync($"/Vault/People/Details/{id}");
        Assert.Equal("DÛPONT Hélène", Text(details, "person-title"));
        Assert.Equal("06 12 34 56 78", Text(details, "person-mobile"));
        Assert.Equal("non renseignée", Text(details, "person-email"));

        var (_, found) = await agent.GetAsync($"/Vault/People?q={Uri.EscapeDataString("helene DUPONT".Split(' ')[0])}");
        Assert.Contains(found.QuerySelectorAll("[data-testid=person-row]"), r => r.GetAttribute("data-person-id") == id.ToString());
        var (_, byCompany) = await agent.GetAsync($"/Vault/People?q={Uri.EscapeDataString(company.ToUpperInvariant().Replace("É", "E", StringComparison.Ordinal).Replace("È", "E", StringComparison.Ordinal))}");
        Assert.Single(byCompany.QuerySelectorAll("[data-testid=person-row]"));

        // Another organisation's agent does not find the person, nor open their page.
        using var other = await SignedInAsync("agent3@demo.test");
        var (_, theirs) = await other.GetAsync($"/Vault/People?q={Uri.EscapeDataString(company)}");
        Assert.Empty(theirs.QuerySelectorAll("[data-testid=person-row]"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(new Uri($"/Vault/People/Details/{id}", UriKind.Relative), BrowserSession.Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(new Uri($"/Vault/People/Edit/{id}", UriKind.Relative), BrowserSession.Ct)).StatusCode);
    }

    [Fact]
    public async Task Email_and_mobile_the_link_goes_by_email_and_the_code_by_sms()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var email = $"alain.{Guid.NewGuid():N}@example.test";
        var id = await CreatePersonAsync(agent, "Dupont", "Alain", null, email: email, mobile: "+33 6 98 76 54 32");

        var page = await InviteAsync(agent, id);
        Assert.Equal("Invitation envoyée.", Text(page, "status-message"));
        Assert.Equal("Envoyée", Text(page, "invitation-status"));
        Assert.Equal("Invité par courriel et code de validation envoyé par SMS", Text(page, "invitation-channels"));
        Assert.DoesNotMatch("[0-9]{6}", page.QuerySelector("[data-testid=invite-tab]")!.TextContent);
        var invitation = await InvitationIdAsync(id);
        Assert.Equal(["Email vault.invitation " + email, "Sms vault.invitation-code +33698765432"], await MessagesAsync(invitation));
        Assert.Equal(1L, await VaultScalarAsync($"SELECT count(*) FROM folders WHERE upper(HomeOfPersonId) = '{Key(id)}' AND IsPublic = 0"));
    }

    [Fact]
    public async Task Email_without_mobile_the_agent_reads_the_code_on_the_invite_tab_and_a_reminder_sends_a_new_one()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var email = $"alain.{Guid.NewGuid():N}@example.test";
        var id = await CreatePersonAsync(agent, "Dupont", "Alain", "Garage Auto", email: email);

        var page = await InviteAsync(agent, id);
        var line = Text(page, "invitation-channels");
        Assert.Matches("^Invité par courriel et code de validation à communiquer : [0-9]{6}$", line);
        Assert.Equal("Nombre de relances 0", Text(page, "invitation-reminders"));
        var invitation = await InvitationIdAsync(id);
        Assert.Equal(["Email vault.invitation " + email], await MessagesAsync(invitation));

        // Inviting again while one is pending says to remind instead; the reminder replaces link and code.
        var reminded = await BrowserSession.ParseAsync(await agent.SubmitAsync(page, new Dictionary<string, string>(), formAction: "handler=Remind"));
        Assert.True(reminded.QuerySelector("[data-testid=status-message]") is null, "the reminder should redirect");
        var (_, after) = await agent.GetAsync($"/Vault/People/Details/{id}");
        Assert.Equal("Nombre de relances 1", Text(after, "invitation-reminders"));
        Assert.Matches("^Invité par courriel et code de validation à communiquer : [0-9]{6}$", Text(after, "invitation-channels"));
        Assert.Equal(["Email vault.invitation " + email, "Email vault.invitation " + email], await MessagesAsync(invitation));
        Assert.Equal(1L, await VaultScalarAsync($"SELECT count(*) FROM invitations WHERE upper(PersonId) = '{Key(id)}'"));
    }

    [Fact]
    public async Task Postal_address_and_mobile_the_link_goes_by_letter_and_the_code_by_sms()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var id = await CreatePersonAsync(agent, "Martin", "Paul", null, mobile: "07 11 22 33 44", address: ("12 avenue Foch", "75016", "Paris"));

        var page = await InviteAsync(agent, id);
        Assert.Equal("Invité par courrier postal et code de validation envoyé par SMS", Text(page, "invitation-channels"));
        var invitation = await InvitationIdAsync(id);
        var messages = await MessagesAsync(invitation);
        Assert.Equal(2, messages.Count);
        Assert.StartsWith("Postal vault.invitation ", messages[0], StringComparison.Ordinal);
        Assert.Contains("12 avenue Foch\n75016 Paris", messages[0], StringComparison.Ordinal);
        Assert.Equal("Sms vault.invitation-code +33711223344", messages[1]);
    }

    [Fact]
    public async Task Postal_address_without_mobile_the_code_is_given_by_phone()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var id = await CreatePersonAsync(agent, "Martin", "Jeanne", null, address: ("5 place du Marché", "69002", "Lyon"));
        var (_, details) = await agent.GetAsync($"/Vault/People/Details/{id}");
        Assert.Equal("5 place du Marché, 69002 Lyon", Text(details, "invite-address"));
        Assert.Equal(["5 place du Marché", "69002 Lyon"], details.QuerySelector("[data-testid=person-address]")!.InnerHtml.Split("<br>").Select(l => l.Trim()).Where(l => l.Length > 0).Take(2));

        var page = await InviteAsync(agent, id);
        Assert.Matches("^Invité par courrier postal et code de validation à communiquer : [0-9]{6}$", Text(page, "invitation-channels"));
        var messages = await MessagesAsync(await InvitationIdAsync(id));
        Assert.StartsWith("Postal vault.invitation ", Assert.Single(messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neither_email_nor_address_the_invitation_is_not_sent_and_the_agent_is_told_why()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var id = await CreatePersonAsync(agent, "Sansadresse", "Léon", null, mobile: "0612345678");

        var (_, details) = await agent.GetAsync($"/Vault/People/Details/{id}");
        Assert.Equal("non renseignée", Text(details, "invite-email"));
        Assert.Equal("non renseignée", Text(details, "invite-address"));
        var (_, noMobile) = await agent.GetAsync($"/Vault/People/Details/{await CreatePersonAsync(agent, "Sansmobile", "Léa", null, email: "lea.sansmobile@example.fr")}");
        Assert.Equal("non renseigné", Text(noMobile, "person-mobile"));
        Assert.Equal("non renseigné", Text(noMobile, "invite-mobile"));
        Assert.Equal("Sinon un courrier postal est envoyé si l'adresse est renseignée (1,82 € TTC par envoi en France).", Text(details, "invite-letter-cost").Replace('\u00A0', ' '));
        var (_, english) = await agent.GetAsync($"/Vault/People/Details/{id}?culture=en-GB");
        Assert.Equal("Otherwise a letter is posted if the address is known (€1.82 incl. VAT per letter in France).", Text(english, "invite-letter-cost"));
        var refused = await BrowserSession.ParseAsync(await agent.SubmitAsync(details, new Dictionary<string, string>(), formAction: "handler=Invite"));
        Assert.Equal(
            "L'invitation n'est pas envoyée : ni adresse courriel ni adresse postale ne sont renseignées pour cette personne. Complétez sa fiche puis invitez-la de nouveau.",
            Text(refused, "validation-summary"));
        Assert.Equal(0L, await VaultScalarAsync($"SELECT count(*) FROM invitations WHERE upper(PersonId) = '{Key(id)}'"));
        Assert.Equal(0L, await VaultScalarAsync($"SELECT count(*) FROM folders WHERE upper(HomeOfPersonId) = '{Key(id)}'"));
    }

    [Fact]
    public async Task A_person_with_an_account_gets_access_at_once_with_their_personal_code()
    {
        using var agent = await SignedInAsync("agent2@demo.test");
        var id = await CreatePersonAsync(agent, "Externe", "Élise", null, email: "external@demo.test");
        var (_, details) = await agent.GetAsync($"/Vault/People/Details/{id}");

        var wrong = await BrowserSession.ParseAsync(await agent.SubmitAsync(details, new Dictionary<string, string> { ["PersonalCode"] = "ZZZZ-ZZZZ" }, formAction: "handler=PersonalCode"));
        Assert.False(string.IsNullOrWhiteSpace(Text(wrong, "personal-code-error")));
        Assert.Equal(0L, await VaultScalarAsync($"SELECT count(*) FROM people WHERE upper(Id) = '{Key(id)}' AND LinkedUserId IS NOT NULL"));

        var code = await IdentityScalarAsync("SELECT PersonalCode FROM AspNetUsers WHERE Email = 'external@demo.test'");
        var granted = await agent.SubmitAsync(wrong, new Dictionary<string, string> { ["PersonalCode"] = code }, formAction: "handler=PersonalCode");
        Assert.True(BrowserSession.IsRedirect(granted));
        var (_, member) = await agent.GetAsync($"/Vault/People/Details/{id}");
        Assert.Equal("La personne a maintenant accès à votre coffre.", Text(member, "status-message"));
        Assert.Equal("Invité dans le coffre", Text(member, "person-member"));
        Assert.Contains(member.QuerySelectorAll("[data-testid=person-folder]"), f => f.TextContent.Contains("Page d'accueil – EXTERNE Élise", StringComparison.Ordinal));

        // The same account cannot be a second person of the same vault.
        var twin = await CreatePersonAsync(agent, "Externe", "Bis", null, email: "external@demo.test");
        var (_, twinPage) = await agent.GetAsync($"/Vault/People/Details/{twin}");
        var refused = await BrowserSession.ParseAsync(await agent.SubmitAsync(twinPage, new Dictionary<string, string> { ["PersonalCode"] = code }, formAction: "handler=PersonalCode"));
        Assert.Equal("Ce compte est déjà rattaché à une autre personne de votre annuaire.", Text(refused, "personal-code-error"));
    }

    [Fact]
    public async Task The_folder_access_page_invites_a_person_with_a_right_and_lets_an_api_client_read()
    {
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));
        var name = "Invitable" + Guid.NewGuid().ToString("N")[..6];
        var id = await CreatePersonAsync(agent, name, "Anne", null, email: $"{name}@example.test");

        var (_, access) = await agent.GetAsync($"/Vault/Folders/Access/{folder}?q={name}");
        var row = (IHtmlFormElement)access.QuerySelector("[data-testid=found-person]")!;
        var invited = await agent.SubmitFormAsync(access, row, new Dictionary<string, string> { ["level"] = "Write" });
        Assert.Equal($"/Vault/People/Details/{id}#invite", invited.Headers.Location!.OriginalString);

        var (_, after) = await agent.GetAsync($"/Vault/Folders/Access/{folder}");
        var grant = Assert.Single(after.QuerySelectorAll("[data-testid=grant-row]"));
        Assert.Contains($"{name.ToUpperInvariant()} Anne", grant.TextContent, StringComparison.Ordinal);
        Assert.Equal("Lecture et dépôt", grant.QuerySelector("[data-testid=grant-level]")!.TextContent);

        var badClient = await BrowserSession.ParseAsync(await agent.SubmitAsync(after, new Dictionary<string, string> { ["clientApplicationId"] = "pas un id", ["level"] = "Read" }, formAction: "handler=Client"));
        Assert.Equal("Ce client d'API n'existe pas dans votre organisation : choisissez-en un dans la liste.", Text(badClient, "validation-summary"));
        var partner = after.QuerySelectorAll("[data-testid=client-choice] option").Single(o => o.TextContent.Contains("(demo-partner)", StringComparison.Ordinal)).GetAttribute("value")!;
        Assert.True(BrowserSession.IsRedirect(await agent.SubmitAsync(after, new Dictionary<string, string> { ["clientApplicationId"] = partner, ["level"] = "Read" }, formAction: "handler=Client")));
        var (_, withClient) = await agent.GetAsync($"/Vault/Folders/Access/{folder}");
        Assert.Contains(withClient.QuerySelectorAll("[data-testid=grant-who]"), w => w.TextContent.Trim() == "Client d'API Partenaire de démonstration (demo-partner)");

        var (_, folderPage) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        var journal = folderPage.QuerySelectorAll("[data-testid=journal-kind]").Select(e => e.TextContent).ToList();
        Assert.Equal(2, journal.Count(k => k == "Accès donné"));

        // The API client's own token now reads that folder, and only that one; it may not upload.
        await VaultPagesTests.UploadAsync(agent, folderPage, ("carte grise.pdf", VaultPagesTests.Pdf(900)));
        var other = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Privé"));
        var token = await Tokens.ClientCredentialsAsync(agent.Client, "vault.read vault.write");
        var folders = await ApiAsync(agent, token, HttpMethod.Get, "/api/v1/vault/folders", HttpStatusCode.OK);
        var listed = Assert.Single(folders.EnumerateArray(), f => f.GetProperty("id").GetGuid() == folder);
        Assert.Equal("Read", listed.GetProperty("access").GetString());
        Assert.DoesNotContain(folders.EnumerateArray(), f => f.GetProperty("id").GetGuid() == other);
        var documents = await ApiAsync(agent, token, HttpMethod.Get, $"/api/v1/vault/folders/{folder}/documents", HttpStatusCode.OK);
        var document = Assert.Single(documents.EnumerateArray()).GetProperty("id").GetGuid();
        using (var content = await SendApiAsync(agent, token, HttpMethod.Get, $"/api/v1/vault/documents/{document}/content"))
        {
            Assert.Equal(HttpStatusCode.OK, content.StatusCode);
            Assert.Equal(900, (await content.Content.ReadAsByteArrayAsync(BrowserSession.Ct)).Length);
        }

        Assert.Equal("folder-not-found", (await ApiAsync(agent, token, HttpMethod.Get, $"/api/v1/vault/folders/{other}/documents", HttpStatusCode.NotFound)).GetProperty("code").GetString());
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(VaultPagesTests.Pdf(300)), "file", "client.pdf" } };
        var refused = await ApiAsync(agent, token, HttpMethod.Post, $"/api/v1/vault/folders/{folder}/documents", HttpStatusCode.Forbidden, upload);
        Assert.Equal("folder-read-only", refused.GetProperty("code").GetString());

        // Once revoked, the client sees the folder no more.
        var (_, granted) = await agent.GetAsync($"/Vault/Folders/Access/{folder}");
        var clientRow = granted.QuerySelectorAll("[data-testid=grant-row]").Single(r => r.TextContent.Contains("demo-partner", StringComparison.Ordinal));
        Assert.True(BrowserSession.IsRedirect(await agent.SubmitFormAsync(granted, (IHtmlFormElement)clientRow.QuerySelector("form")!, new Dictionary<string, string>())));
        Assert.DoesNotContain((await ApiAsync(agent, token, HttpMethod.Get, "/api/v1/vault/folders", HttpStatusCode.OK)).EnumerateArray(), f => f.GetProperty("id").GetGuid() == folder);
    }

    [Fact]
    public async Task Folder_rights_go_only_to_api_clients_of_the_agents_organisation_chosen_from_a_list()
    {
        // Assurances Horizon has an API client of its own; Cabinet Démo has demo-partner.
        var (foreignClientId, foreignSecret) = await AdminActions.RegisterApiClientAsync(factory, "Horizon Sinistres", "Assurances Horizon", "vault.read vault.write");
        var foreignApplicationId = await AdminActions.ApplicationIdAsync(factory, foreignClientId);
        var ownApplicationId = await AdminActions.ApplicationIdAsync(factory, "demo-partner");
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));
        var (_, access) = await agent.GetAsync($"/Vault/Folders/Access/{folder}");

        // The page offers the organisation's clients, by name, and no other.
        var options = access.QuerySelectorAll("select[name=clientApplicationId] option").Select(o => (Value: o.GetAttribute("value"), Text: o.TextContent.Trim())).ToList();
        Assert.Contains((ownApplicationId, "Partenaire de démonstration (demo-partner)"), options);
        Assert.DoesNotContain(options, o => o.Value == foreignApplicationId || o.Text.Contains(foreignClientId, StringComparison.Ordinal) || o.Text.Contains("Horizon", StringComparison.Ordinal));
        Assert.Null(access.QuerySelector("input[name=ClientId]"));

        // A forged form naming the other organisation's client, by its client id or by its server id, is refused; nothing is stored.
        foreach (var field in new[] { "clientApplicationId", "ClientId" })
        {
            foreach (var forged in new[] { foreignClientId, foreignApplicationId })
            {
                var refused = await agent.SubmitAsync(access, new Dictionary<string, string> { [field] = forged, ["level"] = "Write" }, formAction: "handler=Client");
                Assert.False(BrowserSession.IsRedirect(refused), $"{field}={forged} was taken");
                Assert.Equal("Ce client d'API n'existe pas dans votre organisation : choisissez-en un dans la liste.", Text(await BrowserSession.ParseAsync(refused), "validation-summary"));
            }
        }

        Assert.Equal(0L, await VaultScalarAsync($"SELECT count(*) FROM access_grants WHERE upper(FolderId) = '{Key(folder)}'"));
        var foreignToken = await Tokens.ClientCredentialsAsync(agent.Client, "vault.read", foreignClientId, foreignSecret);
        Assert.Equal("folder-not-found", (await ApiAsync(agent, foreignToken, HttpMethod.Get, $"/api/v1/vault/folders/{folder}/documents", HttpStatusCode.NotFound)).GetProperty("code").GetString());

        // Chosen from the list, the organisation's own client is stored by its server id, and its token reads the folder.
        Assert.True(BrowserSession.IsRedirect(await agent.SubmitAsync(access, new Dictionary<string, string> { ["clientApplicationId"] = ownApplicationId, ["level"] = "Read" }, formAction: "handler=Client")));
        Assert.Equal(1L, await VaultScalarAsync($"SELECT count(*) FROM access_grants WHERE upper(FolderId) = '{Key(folder)}' AND ClientApplicationId = '{ownApplicationId}'"));
        var (_, granted) = await agent.GetAsync($"/Vault/Folders/Access/{folder}");
        Assert.Contains(granted.QuerySelectorAll("[data-testid=grant-who]"), w => w.TextContent.Trim() == "Client d'API Partenaire de démonstration (demo-partner)");
        var token = await Tokens.ClientCredentialsAsync(agent.Client, "vault.read");
        Assert.Contains((await ApiAsync(agent, token, HttpMethod.Get, "/api/v1/vault/folders", HttpStatusCode.OK)).EnumerateArray(), f => f.GetProperty("id").GetGuid() == folder);
        Assert.Empty((await ApiAsync(agent, token, HttpMethod.Get, $"/api/v1/vault/folders/{folder}/documents", HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task Grants_made_by_typed_client_id_are_kept_for_the_organisations_own_client_and_dropped_otherwise()
    {
        var (foreignClientId, _) = await AdminActions.RegisterApiClientAsync(factory, "Horizon Archives", "Assurances Horizon", "vault.read");
        using var agent = await SignedInAsync("agent1@demo.test");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Dossier SIV"));

        // As the migration leaves them: the typed client id kept aside, no client named.
        foreach (var typed in new[] { "demo-partner", foreignClientId, "client-disparu" })
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var vault = scope.ServiceProvider.GetRequiredService<VaultDbContext>();
            var organisationId = await vault.Folders.Where(f => f.Id == folder).Select(f => f.OrganisationId).SingleAsync(BrowserSession.Ct);
            var grant = AccessGrant.ForClient(organisationId, folder, "placeholder-" + typed, AccessLevel.Read, Guid.NewGuid(), DateTimeOffset.UtcNow);
            vault.AccessGrants.Add(grant);
            await vault.SaveChangesAsync(BrowserSession.Ct);
            await vault.Database.ExecuteSqlRawAsync(
                "UPDATE access_grants SET LegacyClientId = {0}, ClientApplicationId = NULL WHERE ClientApplicationId = {1}", [typed, "placeholder-" + typed], BrowserSession.Ct);
        }

        var token = await Tokens.ClientCredentialsAsync(agent.Client, "vault.read");
        Assert.DoesNotContain((await ApiAsync(agent, token, HttpMethod.Get, "/api/v1/vault/folders", HttpStatusCode.OK)).EnumerateArray(), f => f.GetProperty("id").GetGuid() == folder);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var settled = await scope.ServiceProvider.GetRequiredService<LegacyClientGrants>().SettleAsync(BrowserSession.Ct);
            Assert.Equal((1, 2), settled);
        }

        var partner = await AdminActions.ApplicationIdAsync(factory, "demo-partner");
        Assert.Equal(1L, await VaultScalarAsync($"SELECT count(*) FROM access_grants WHERE upper(FolderId) = '{Key(folder)}'"));
        Assert.Equal(1L, await VaultScalarAsync($"SELECT count(*) FROM access_grants WHERE upper(FolderId) = '{Key(folder)}' AND ClientApplicationId = '{partner}' AND LegacyClientId IS NULL"));
        Assert.Contains((await ApiAsync(agent, token, HttpMethod.Get, "/api/v1/vault/folders", HttpStatusCode.OK)).EnumerateArray(), f => f.GetProperty("id").GetGuid() == folder);
        var (_, folderPage) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Equal(2, folderPage.QuerySelectorAll("[data-testid=journal-kind]").Count(k => k.TextContent == "Accès retiré"));

        await using (var again = factory.Services.CreateAsyncScope())
        {
            Assert.Equal((0, 0), await again.ServiceProvider.GetRequiredService<LegacyClientGrants>().SettleAsync(BrowserSession.Ct));
        }
    }

    private static async Task<HttpResponseMessage> SendApiAsync(BrowserSession session, string token, HttpMethod method, string url, HttpContent? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = body };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await session.Client.SendAsync(request, BrowserSession.Ct);
    }

    private static async Task<System.Text.Json.JsonElement> ApiAsync(BrowserSession session, string token, HttpMethod method, string url, HttpStatusCode expected, HttpContent? body = null)
    {
        using var response = await SendApiAsync(session, token, method, url, body);
        var text = await response.Content.ReadAsStringAsync(BrowserSession.Ct);
        Assert.True(response.StatusCode == expected, $"{method} {url}: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Text(IHtmlDocument page, string testId) =>
        (page.QuerySelector($"[data-testid={testId}]") ?? throw new InvalidOperationException($"no [data-testid={testId}] on the page")).TextContent.Trim();

    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private static async Task<IHtmlDocument> InviteAsync(BrowserSession agent, Guid personId)
    {
        var (_, details) = await agent.GetAsync($"/Vault/People/Details/{personId}");
        Assert.Equal("Aucun droit par défaut sur les dossiers du Coffre sauf celui en lecture des dossiers publics et en écriture de la page d'accueil.", Text(details, "default-rights"));
        var response = await agent.SubmitAsync(details, new Dictionary<string, string> { ["Comment"] = "Pour le dossier SIV." }, formAction: "handler=Invite");
        Assert.True(BrowserSession.IsRedirect(response), $"the invitation was refused: {(int)response.StatusCode}");
        return (await agent.GetAsync(response.Headers.Location!.OriginalString.Split('#')[0])).Document;
    }

    private static async Task<Guid> CreatePersonAsync(BrowserSession agent, string lastName, string firstName, string? company, string? email = null, string? mobile = null, (string Line, string PostalCode, string City)? address = null)
    {
        var fields = new Dictionary<string, string> { ["Input.LastName"] = lastName, ["Input.FirstName"] = firstName };
        if (company is not null)
        {
            fields["Input.Company"] = company;
        }

        if (email is not null)
        {
            fields["Input.Email"] = email;
        }

        if (mobile is not null)
        {
            fields["Input.Mobile"] = mobile;
        }

        if (address is { } a)
        {
            fields["Input.AddressLine1"] = a.Line;
            fields["Input.PostalCode"] = a.PostalCode;
            fields["Input.City"] = a.City;
        }

        var response = await agent.PostFormAsync("/Vault/People/Edit", fields);
        Assert.True(BrowserSession.IsRedirect(response), $"the person was refused: {(int)response.StatusCode}");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private async Task<string> InvitationIdAsync(Guid personId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "vault.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Id FROM invitations WHERE upper(PersonId) = '{Key(personId)}'";
        return (string)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }

    /// <summary>The messages sent for an invitation, oldest first: "channel template recipient".</summary>
    private async Task<List<string>> MessagesAsync(string invitationId)
    {
        await factory.OutboxesDrainedAsync();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "notifications.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Channel, TemplateKey, RecipientAddress FROM messages WHERE upper(AggregateId) = '{invitationId.ToUpperInvariant()}' ORDER BY CreatedAt, TemplateKey";
        await using var reader = await command.ExecuteReaderAsync(BrowserSession.Ct);
        var messages = new List<string>();
        while (await reader.ReadAsync(BrowserSession.Ct))
        {
            messages.Add($"{reader.GetString(0)} {reader.GetString(1)} {reader.GetString(2)}");
        }

        return messages;
    }

    private async Task<BrowserSession> SignedInAsync(string email)
    {
        var session = new BrowserSession(factory);
        Assert.True(BrowserSession.IsRedirect(await session.SignInAsync(email)), $"sign-in of {email} failed");
        return session;
    }

    private async Task<long> VaultScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "vault.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }

    private async Task<string> IdentityScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "identity.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }
}
