using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using Modular.Vault.Contracts;

namespace Modular.IntegrationTests.Vault;

/// <summary>
/// « Inviter la personne dans ce Coffre » from the invited person's side: the link (opening it
/// consumes nothing), the code given by another channel, then an account (new or existing) that
/// accepts, and the shared vault as the person then sees it.
/// </summary>
public sealed class InvitationPagesTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    private const string Password = BrowserSession.DemoPassword;

    [Fact]
    public async Task Opening_the_link_consumes_nothing_and_wrong_or_malformed_codes_are_explained()
    {
        var invitation = await InvitationAgent.InviteAsync(factory, "Dupont", InvitationAgent.Unique("dupont"));
        using var visitor = new BrowserSession(factory);

        var (opened, page) = await visitor.GetAsync(invitation.Path);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("no-referrer", opened.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("no-store", opened.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("Cabinet Démo vous invite dans son coffre", Text(page, "invitation-title"));
        Assert.Equal("Invitation adressée à DUPONT Alain.", Text(page, "invitation-person"));
        Assert.StartsWith("Cette invitation expire le ", Text(page, "invitation-expiry"), StringComparison.Ordinal);
        (_, page) = await visitor.GetAsync(invitation.Path);
        Assert.NotNull(page.QuerySelector("[data-testid=invitation-code]"));

        var wrong = await PostCodeAsync(visitor, page, WrongCode(invitation.Code));
        Assert.Equal("Code de validation incorrect : il vous reste 4 essais avant que l'invitation soit bloquée.", Text(wrong, "invitation-error"));
        var malformed = await PostCodeAsync(visitor, wrong, "12a");
        Assert.Equal("Le code ne contient que des chiffres.", Text(malformed, "invitation-error"));

        // A malformed code does not count against the invitation.
        var again = await PostCodeAsync(visitor, malformed, WrongCode(invitation.Code));
        Assert.Equal("Code de validation incorrect : il vous reste 3 essais avant que l'invitation soit bloquée.", Text(again, "invitation-error"));
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_invitation_and_even_the_right_code_is_then_refused()
    {
        var invitation = await InvitationAgent.InviteAsync(factory, "Martin", InvitationAgent.Unique("martin"));
        using var visitor = new BrowserSession(factory);
        var (_, page) = await visitor.GetAsync(invitation.Path);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            page = await PostCodeAsync(visitor, page, WrongCode(invitation.Code));
            Assert.Contains(attempt == 4 ? "il vous reste 1 essai avant" : $"il vous reste {5 - attempt} essais avant", Text(page, "invitation-error"), StringComparison.Ordinal);
        }

        var lastForm = page;
        page = await PostCodeAsync(visitor, page, WrongCode(invitation.Code));
        const string Locked = "Cette invitation est bloquée après 5 codes erronés. Demandez une relance à la personne qui vous a invité.";
        Assert.Equal(Locked, Text(page, "invitation-error"));

        var sixth = await PostCodeAsync(visitor, lastForm, invitation.Code);
        Assert.Equal(Locked, Text(sixth, "invitation-error"));
        Assert.Null(sixth.QuerySelector("[data-testid=invitation-verified]"));
        var (_, after) = await visitor.GetAsync(invitation.Path);
        Assert.Null(after.QuerySelector("[data-testid=invitation-code]"));
        Assert.Equal(Locked, Text(after, "invitation-error"));
    }

    [Fact]
    public async Task An_unknown_invitation_is_not_found()
    {
        using var visitor = new BrowserSession(factory);
        var (unknown, _) = await visitor.GetAsync("/invitation/" + new string('A', 43));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var (garbage, _) = await visitor.GetAsync("/invitation/not-a-token");
        Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
        var (mangled, _) = await visitor.GetAsync($"/invitation/{new string('A', 21)}!{new string('A', 21)}");
        Assert.Equal(HttpStatusCode.NotFound, mangled.StatusCode);
    }

    [Fact]
    public async Task The_right_code_and_a_new_account_open_the_home_page_and_the_public_folders_only()
    {
        var publicFolder = await InvitationAgent.SendAsync(factory, new CreateFolderCommand(VaultPagesTests.Unique("Tarifs publics"), IsPublic: true));
        var privateFolder = await InvitationAgent.SendAsync(factory, new CreateFolderCommand(VaultPagesTests.Unique("Dossier SIV"), IsPublic: false));
        var email = InvitationAgent.Unique("durand");
        var invitation = await InvitationAgent.InviteAsync(factory, "Durand", email);

        using var guest = new BrowserSession(factory);
        var (_, page) = await guest.GetAsync(invitation.Path);
        var verified = await PostCodeAsync(guest, page, invitation.Code);
        Assert.NotNull(verified.QuerySelector("[data-testid=invitation-verified]"));
        Assert.Equal(email, verified.QuerySelector<IHtmlInputElement>("input[name='Input.Email']")!.Value);

        // The password rules are said before a password is refused, from the options it is checked against.
        Assert.Equal("password-rules", verified.QuerySelector("input[name='Input.Password']")!.GetAttribute("aria-describedby"));
        Assert.Equal(
            "Le mot de passe compte au moins 12 caractères, avec une majuscule, une minuscule, un chiffre, un caractère spécial (ni lettre ni chiffre) et 5 caractères différents.",
            Text(verified, "password-rules"));
        Assert.Equal($"/Identity/Account/Login?returnUrl={Uri.EscapeDataString(invitation.Path)}", verified.QuerySelector("[data-testid=invitation-sign-in]")!.GetAttribute("href"));

        // Passwords that differ: the form comes back with what was typed, passwords excepted.
        var differ = await BrowserSession.ParseAsync(await guest.SubmitAsync(verified, Account(email, "Alain Durand", Password, "Autre-Passw0rd!"), formAction: "handler=Register"));
        Assert.Contains("Les deux mots de passe ne sont pas identiques.", differ.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Alain Durand", differ.QuerySelector<IHtmlInputElement>("input[name='Input.DisplayName']")!.Value);
        Assert.Equal("", differ.QuerySelector<IHtmlInputElement>("input[name='Input.Password']")!.Value);
        var weak = await BrowserSession.ParseAsync(await guest.SubmitAsync(differ, Account(email, "Alain Durand", "court", "court"), formAction: "handler=Register"));
        Assert.False(string.IsNullOrWhiteSpace(Text(weak, "password-error")));

        var created = await guest.SubmitAsync(weak, Account(email, "Alain Durand", Password, Password), formAction: "handler=Register");
        Assert.True(BrowserSession.IsRedirect(created), $"expected a redirect, got {(int)created.StatusCode}: {(await BrowserSession.ParseAsync(created)).Body?.TextContent}");
        var homeUrl = created.Headers.Location!.ToString();
        Assert.StartsWith("/Guest/Folders/", homeUrl, StringComparison.Ordinal);
        var (_, home) = await guest.FollowAsync(created);
        Assert.Equal("Invitation acceptée : voici votre page d'accueil dans ce coffre.", Text(home, "status-message"));
        Assert.NotNull(home.QuerySelector("[data-testid=upload-form]"));
        Assert.NotNull(home.QuerySelector("[data-testid=nav-guest]"));

        var (_, vaults) = await guest.GetAsync("/Guest");
        var vault = vaults.QuerySelectorAll("[data-testid=shared-vault]").Single(v => v.QuerySelector("[data-testid=vault-name]")!.TextContent == "Cabinet Démo");
        var folders = vault.QuerySelectorAll("[data-testid=shared-folder]").ToList();
        Assert.Equal("Page d'accueil", folders[0].QuerySelector("[data-testid=shared-folder-link]")!.TextContent);
        Assert.Equal(homeUrl, folders[0].QuerySelector("[data-testid=shared-folder-link]")!.GetAttribute("href"));
        Assert.Equal("Lecture et dépôt", folders[0].QuerySelector("[data-testid=shared-folder-level]")!.TextContent);
        var shownPublic = Assert.Single(folders, f => f.GetAttribute("data-folder-id") == publicFolder.ToString());
        Assert.Equal("Lecture", shownPublic.QuerySelector("[data-testid=shared-folder-level]")!.TextContent);
        Assert.DoesNotContain(folders, f => f.GetAttribute("data-folder-id") == privateFolder.ToString());

        var (_, readOnly) = await guest.GetAsync($"/Guest/Folders/{publicFolder}");
        Assert.Null(readOnly.QuerySelector("[data-testid=upload-form]"));
        Assert.Equal("Vous pouvez consulter ce dossier mais pas y déposer de documents.", Text(readOnly, "folder-read-only"));
        var (hidden, _) = await guest.GetAsync($"/Guest/Folders/{privateFolder}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var (agentArea, _) = await guest.GetAsync("/Vault");
        Assert.NotEqual(HttpStatusCode.OK, agentArea.StatusCode);

        // The link now says it was accepted, and asks for no code.
        var (_, link) = await guest.GetAsync(invitation.Path);
        Assert.Equal("Cette invitation a déjà été acceptée.", Text(link, "invitation-error"));
        Assert.Null(link.QuerySelector("[data-testid=invitation-code]"));

        // The agent who invited is told, and the home page's journal says so.
        var homeId = Guid.Parse(homeUrl.Split('/')[^1]);
        Assert.Equal(1L, await ScalarAsync("notifications.db", $"SELECT count(*) FROM messages WHERE TemplateKey = 'vault.invitation-accepted' AND RecipientAddress = 'agent1@demo.test' AND upper(AggregateId) = '{invitation.InvitationId.ToString().ToUpperInvariant()}'"));
        Assert.Equal(1L, await ScalarAsync("vault.db", $"SELECT count(*) FROM journal_entries WHERE Kind = 'InvitationAccepted' AND upper(FolderId) = '{homeId.ToString().ToUpperInvariant()}'"));
    }

    private async Task<long> ScalarAsync(string database, string sql)
    {
        await factory.OutboxesDrainedAsync();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, database)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(BrowserSession.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(BrowserSession.Ct))!;
    }

    [Fact]
    public async Task A_guest_uploads_to_the_home_page_and_the_agent_sees_the_document_there()
    {
        var email = InvitationAgent.Unique("petit");
        var invitation = await InvitationAgent.InviteAsync(factory, "Petit", email);
        using var guest = new BrowserSession(factory);
        var (_, page) = await guest.GetAsync(invitation.Path);
        var verified = await PostCodeAsync(guest, page, invitation.Code);
        var (_, home) = await guest.FollowAsync(await guest.SubmitAsync(verified, Account(email, "Alain Petit", Password, Password), formAction: "handler=Register"));
        var homeId = Guid.Parse(home.QuerySelector("[data-testid=upload-form]")!.GetAttribute("action")!.Split('/')[^1]);

        var bytes = VaultPagesTests.Pdf(1500);
        var uploaded = await VaultPagesTests.UploadAsync(guest, home, ("justificatif.pdf", bytes));
        Assert.True(BrowserSession.IsRedirect(uploaded));
        var (_, report) = await guest.FollowAsync(uploaded);
        Assert.Equal(["justificatif.pdf"], report.QuerySelectorAll("[data-testid=stored-file]").Select(e => e.TextContent));

        var download = report.QuerySelector("[data-testid=document-name]")!.GetAttribute("href")!;
        var file = await guest.Client.GetAsync(new Uri(download, UriKind.Relative), BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(bytes, await file.Content.ReadAsByteArrayAsync(BrowserSession.Ct));

        var seen = await InvitationAgent.SendAsync(factory, new GetFolderQuery(homeId));
        Assert.Equal("justificatif.pdf", Assert.Single(seen.Documents).Name);

        // Someone else cannot fetch it.
        using var stranger = new BrowserSession(factory);
        Assert.True(BrowserSession.IsRedirect(await stranger.SignInAsync("external@demo.test")));
        var refused = await stranger.Client.GetAsync(new Uri(download, UriKind.Relative), BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task A_person_with_an_account_signs_in_then_accepts()
    {
        var invitation = await InvitationAgent.InviteAsync(factory, "Externe", "external@demo.test");
        using var guest = new BrowserSession(factory);
        var (_, page) = await guest.GetAsync(invitation.Path);
        var verified = await PostCodeAsync(guest, page, invitation.Code);

        var taken = await BrowserSession.ParseAsync(await guest.SubmitAsync(verified, Account("external@demo.test", "Élise Externe", Password, Password), formAction: "handler=Register"));
        Assert.Contains("Un compte existe déjà avec cette adresse e-mail : connectez-vous", Text(taken, "register-error"), StringComparison.Ordinal);
        Assert.Equal("Élise Externe", taken.QuerySelector<IHtmlInputElement>("input[name='Input.DisplayName']")!.Value);

        var signedIn = await guest.SignInAsync("external@demo.test", returnUrl: invitation.Path);
        Assert.Equal(invitation.Path, signedIn.Headers.Location!.ToString());
        var (_, step2) = await guest.FollowAsync(signedIn);
        Assert.Null(step2.QuerySelector("[data-testid=invitation-register]"));
        Assert.Equal("Accepter l'invitation", Text(step2, "invitation-accept"));

        var accepted = await guest.SubmitAsync(step2, new Dictionary<string, string>(), formAction: "handler=Accept");
        Assert.True(BrowserSession.IsRedirect(accepted));
        Assert.StartsWith("/Guest/Folders/", accepted.Headers.Location!.ToString(), StringComparison.Ordinal);
        var (_, vaults) = await guest.GetAsync("/Guest");
        Assert.Contains("Cabinet Démo", vaults.QuerySelectorAll("[data-testid=vault-name]").Select(e => e.TextContent));

        var again = await BrowserSession.ParseAsync(await guest.SubmitAsync(step2, new Dictionary<string, string>(), formAction: "handler=Accept"));
        Assert.Equal("Cette invitation a déjà été acceptée.", Text(again, "invitation-error"));
    }

    [Fact]
    public async Task An_invitee_registering_another_address_must_prove_it_with_the_mailed_code()
    {
        var invitation = await InvitationAgent.InviteAsync(factory, "Ailleurs", InvitationAgent.Unique("invite"));
        using var guest = new BrowserSession(factory);
        var (_, page) = await guest.GetAsync(invitation.Path);
        var verified = await PostCodeAsync(guest, page, invitation.Code);
        var other = InvitationAgent.Unique("autre-adresse");

        var pending = await BrowserSession.ParseAsync(await guest.SubmitAsync(verified, Account(other, "Alain Ailleurs", Password, Password), formAction: "handler=Register"));
        Assert.Equal($"Un code à 6 chiffres vient d'être envoyé à {other}. Saisissez-le ci-dessous pour activer votre compte. S'il n'arrive pas, vérifiez l'adresse et recommencez.", Text(pending, "invitation-code-sent"));

        // Until the code is given back, the account cannot be used.
        using (var early = new BrowserSession(factory))
        {
            var refused = await BrowserSession.ParseAsync(await early.SignInAsync(other, Password));
            Assert.Equal("Adresse e-mail ou mot de passe incorrect.", refused.QuerySelector("[data-testid=login-error] li")?.TextContent);
        }

        var wrong = await BrowserSession.ParseAsync(await guest.SubmitAsync(pending, new Dictionary<string, string> { ["EmailCode"] = "000000" }, formAction: "handler=VerifyEmail"));
        Assert.Contains("Ce code n'est pas le bon, ou il a expiré", Text(wrong, "email-code-error"), StringComparison.Ordinal);

        var code = System.Text.RegularExpressions.Regex.Match(Assert.Single(await EmailsAsync("identity.email-code", other)), @"\b\d{6}\b").Value;
        var activated = await guest.SubmitAsync(wrong, new Dictionary<string, string> { ["EmailCode"] = code }, formAction: "handler=VerifyEmail");
        Assert.True(BrowserSession.IsRedirect(activated), $"expected a redirect, got {(int)activated.StatusCode}: {(await BrowserSession.ParseAsync(activated)).Body?.TextContent}");
        Assert.StartsWith("/Guest/Folders/", activated.Headers.Location!.ToString(), StringComparison.Ordinal);

        // The account is now like any other: it signs in with its password.
        using var replay = new BrowserSession(factory);
        Assert.True(BrowserSession.IsRedirect(await replay.SignInAsync(other, Password)), "the proved account cannot sign in");
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_answers_as_for_any_other_and_tells_its_owner()
    {
        var invitation = await InvitationAgent.InviteAsync(factory, "Sonde", InvitationAgent.Unique("sonde"));
        using var guest = new BrowserSession(factory);
        var (_, page) = await guest.GetAsync(invitation.Path);
        var verified = await PostCodeAsync(guest, page, invitation.Code);
        var fresh = InvitationAgent.Unique("libre");

        var forTaken = await BrowserSession.ParseAsync(await guest.SubmitAsync(verified, Account("agent2@demo.test", "Pirate", "Autre-Passw0rd!", "Autre-Passw0rd!"), formAction: "handler=Register"));
        var forFresh = await BrowserSession.ParseAsync(await guest.SubmitAsync(verified, Account(fresh, "Pirate", "Autre-Passw0rd!", "Autre-Passw0rd!"), formAction: "handler=Register"));

        Assert.Equal(Text(forFresh, "invitation-code-sent").Replace(fresh, "X", StringComparison.Ordinal), Text(forTaken, "invitation-code-sent").Replace("agent2@demo.test", "X", StringComparison.Ordinal));
        Assert.Empty(await EmailsAsync("identity.email-code", "agent2@demo.test"));
        Assert.Contains("qui a déjà un compte", Assert.Single(await EmailsAsync("identity.email-in-use", "agent2@demo.test")), StringComparison.Ordinal);
        using var owner = new BrowserSession(factory);
        Assert.True(BrowserSession.IsRedirect(await owner.SignInAsync("agent2@demo.test")), "the owner's password changed");
    }

    private Task<IReadOnlyList<string>> EmailsAsync(string template, string to) => SentMessages.TextBodiesAsync(factory, template, to);

    [Fact]
    public async Task An_expired_invitation_and_a_closed_code_session_are_explained()
    {
        var clock = new AdjustableClock();
        await using var host = new ModularHostFactory { Clock = clock };
        var expiring = await InvitationAgent.InviteAsync(host, "Leroy", InvitationAgent.Unique("leroy"));
        var lingering = await InvitationAgent.InviteAsync(host, "Externe", "external@demo.test");
        var newEmail = InvitationAgent.Unique("nouveau");
        var registering = await InvitationAgent.InviteAsync(host, "Nouveau", newEmail);
        using var newcomer = new BrowserSession(host);
        var (_, form) = await newcomer.GetAsync(registering.Path);
        var step2 = await PostCodeAsync(newcomer, form, registering.Code);
        Assert.NotNull(step2.QuerySelector("[data-testid=invitation-register]"));

        using var visitor = new BrowserSession(host);
        Assert.True(BrowserSession.IsRedirect(await visitor.SignInAsync("external@demo.test")));
        var (_, page) = await visitor.GetAsync(lingering.Path);
        var verified = await PostCodeAsync(visitor, page, lingering.Code);
        Assert.NotNull(verified.QuerySelector("[data-testid=invitation-accept]"));

        // The code is kept 30 minutes: after that, accepting asks for it again.
        clock.Advance(TimeSpan.FromMinutes(31));
        var closed = await BrowserSession.ParseAsync(await visitor.SubmitAsync(verified, new Dictionary<string, string>(), formAction: "handler=Accept"));
        Assert.Equal("Saisissez de nouveau le code de validation : il n'est retenu que 30 minutes.", Text(closed, "invitation-error"));
        Assert.NotNull(closed.QuerySelector("[data-testid=invitation-code]"));

        // No account is made on a closed code session, even with the browser's cookie still there.
        var refused = await BrowserSession.ParseAsync(await newcomer.SubmitAsync(step2, Account(newEmail, "Nouveau Venu", Password, Password), formAction: "handler=Register"));
        Assert.Equal("Saisissez de nouveau le code de validation : il n'est retenu que 30 minutes.", Text(refused, "invitation-error"));
        await using (var identity = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "identity.db")};Mode=ReadOnly;Pooling=False"))
        {
            await identity.OpenAsync(BrowserSession.Ct);
            await using var count = identity.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM AspNetUsers WHERE Email = '{newEmail}'";
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync(BrowserSession.Ct))!);
        }

        clock.Advance(TimeSpan.FromDays(60));
        using var late = new BrowserSession(host);
        var (_, expired) = await late.GetAsync(expiring.Path);
        Assert.Equal("Cette invitation a expiré. Demandez une relance à la personne qui vous a invité.", Text(expired, "invitation-error"));
        Assert.Null(expired.QuerySelector("[data-testid=invitation-code]"));
    }

    private static string Text(IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"no {testId} on: {page.Body?.TextContent}");

    private static string WrongCode(string code) => code == "111111" ? "222222" : "111111";

    private static async Task<IHtmlDocument> PostCodeAsync(BrowserSession visitor, IHtmlDocument page, string code) =>
        await BrowserSession.ParseAsync(await visitor.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = code }));

    private static Dictionary<string, string> Account(string email, string name, string password, string confirmation) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = name,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirmation,
    };
}
