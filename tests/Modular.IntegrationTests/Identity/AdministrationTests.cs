using System.Net;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Identity;

public sealed class AdministrationTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public async Task Deactivating_an_account_ends_its_sessions_and_tokens_and_refuses_sign_in()
    {
        var password = await AdminActions.CreateAgentAsync(factory, "leaving@demo.test");
        using var person = new BrowserSession(factory);
        await person.SignInAsync("leaving@demo.test", password);
        await person.PostFormAsync("/Identity/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = password,
            ["Input.NewPassword"] = BrowserSession.DemoPassword,
            ["Input.ConfirmPassword"] = BrowserSession.DemoPassword,
        });
        var flow = new AuthorizationCodeFlow(person, "demo-cli", "http://127.0.0.1:8765/callback", "openid offline_access");
        var code = AuthorizationCodeFlow.CallbackParameters(await flow.FollowAsync(await flow.StartAsync()))["code"];
        var tokens = await Tokens.JsonAsync(await flow.RedeemAsync(code));
        var accessToken = tokens.GetProperty("access_token").GetString()!;

        await AdminActAsync("leaving@demo.test", "Deactivate");

        var (_, home) = await person.GetAsync("/");
        Assert.Null(home.QuerySelector("[data-testid=welcome]"));

        using var api = Tokens.Get("/api/v1/me", accessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await person.Client.SendAsync(api, BrowserSession.Ct)).StatusCode);

        var refresh = await Tokens.RequestAsync(person.Client, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "demo-cli",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);

        using var again = new BrowserSession(factory);
        var refused = await BrowserSession.ParseAsync(await again.SignInAsync("leaving@demo.test"));
        // The right password, and the same answer as a wrong one: the sign-in tells no one the account's state.
        Assert.Equal("Adresse e-mail ou mot de passe incorrect.", refused.QuerySelector("[data-testid=login-error] li")?.TextContent);

        // The other modules hear of it through the outbox, committed with the change.
        var outboxed = await AdminActions.QueryIdentityAsync<long>(factory, "SELECT count(*) FROM outbox_messages WHERE Type LIKE '%UserDeactivatedIntegrationEvent%'");
        Assert.Equal(1, outboxed);
    }

    [Fact]
    public async Task Creating_an_account_with_a_taken_or_invalid_email_shows_why_and_creates_nothing()
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var before = await AdminActions.QueryIdentityAsync<long>(factory, "SELECT count(*) FROM AspNetUsers");

        var (_, form) = await admin.GetAsync("/Admin/Users/Create");
        var taken = await BrowserSession.ParseAsync(await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Doublon", ["Input.Email"] = "AGENT1@demo.test", ["Input.Role"] = "Agent",
            ["Input.OrganisationId"] = OrganisationId(form),
        }));
        Assert.Contains("Un compte existe déjà avec cette adresse e-mail.", taken.Body!.TextContent, StringComparison.Ordinal);

        var invalid = await BrowserSession.ParseAsync(await admin.SubmitAsync(taken, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Invalide", ["Input.Email"] = "pas-une-adresse", ["Input.Role"] = "Agent",
            ["Input.OrganisationId"] = OrganisationId(form),
        }));
        Assert.Contains("L'adresse e-mail n'est pas valide.", invalid.Body!.TextContent, StringComparison.Ordinal);

        var noOrganisation = await BrowserSession.ParseAsync(await admin.SubmitAsync(invalid, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Sans organisation", ["Input.Email"] = "sans.org@demo.test", ["Input.Role"] = "Agent", ["Input.OrganisationId"] = "",
        }));
        Assert.Contains("Un agent ou un administrateur appartient à une organisation.", noOrganisation.Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(before, await AdminActions.QueryIdentityAsync<long>(factory, "SELECT count(*) FROM AspNetUsers"));
    }

    [Fact]
    public async Task An_admin_cannot_deactivate_or_lock_their_own_account()
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var (_, page) = await admin.GetAsync("/Admin/Users?Search=admin@demo.test");

        var refused = await BrowserSession.ParseAsync(await admin.ClickRowButtonAsync(page, "[data-testid=user-row]", "admin@demo.test", "Deactivate"));

        Assert.Contains("Vous ne pouvez pas verrouiller ni désactiver votre propre compte.", refused.Body!.TextContent, StringComparison.Ordinal);
        var (_, still) = await admin.GetAsync("/Admin/Users");
        Assert.NotNull(still.QuerySelector("[data-testid=user-row]"));
    }

    [Fact]
    public async Task Locking_ends_the_session_and_unlocking_lets_the_person_back_in()
    {
        var password = await AdminActions.CreateAgentAsync(factory, "locked.by.admin@demo.test");
        using var person = new BrowserSession(factory);
        await person.SignInAsync("locked.by.admin@demo.test", password);

        await AdminActAsync("locked.by.admin@demo.test", "Lock");
        var afterLock = await person.Client.GetAsync(new Uri("/Identity/Account/ChangePassword", UriKind.Relative), BrowserSession.Ct);
        Assert.StartsWith("https://localhost/Identity/Account/Login", afterLock.Headers.Location!.ToString(), StringComparison.Ordinal);

        await AdminActAsync("locked.by.admin@demo.test", "Unlock");
        var signIn = await person.SignInAsync("locked.by.admin@demo.test", password);
        Assert.StartsWith("/Identity/Account/ChangePassword", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_client_is_registered_with_a_secret_shown_once_rotated_and_deleted()
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var (_, form) = await admin.GetAsync("/Admin/ApiClients/Create");
        var created = await BrowserSession.ParseAsync(await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["DisplayName"] = "Logiciel comptable",
            ["Scopes"] = "identity.read",
            ["OrganisationId"] = form.QuerySelectorAll("select[name=OrganisationId] option").First(o => o.TextContent == "Cabinet Démo").GetAttribute("value")!,
        }));
        var secret = created.QuerySelector("[data-testid=client-secret]")!.GetAttribute("value")!;
        var clientId = created.QuerySelector(".alert-warning label")!.TextContent.Split(' ').First(w => w.StartsWith("client-", StringComparison.Ordinal)).TrimEnd(':');

        var token = await Tokens.ClientCredentialsAsync(admin.Client, "identity.read", clientId, secret);
        using (var used = Tokens.Get("/api/v1/me", token))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.Client.SendAsync(used, BrowserSession.Ct)).StatusCode);
        }

        // The list never shows a secret again.
        var (_, list) = await admin.GetAsync("/Admin/ApiClients");
        Assert.DoesNotContain(secret, list.Body!.InnerHtml, StringComparison.Ordinal);

        var rotated = await BrowserSession.ParseAsync(await SubmitRowAsync(admin, list, clientId, "Rotate"));
        var newSecret = rotated.QuerySelector("[data-testid=client-secret]")!.GetAttribute("value")!;
        Assert.NotEqual(secret, newSecret);
        var oldSecret = await Tokens.RequestAsync(admin.Client, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        });
        Assert.Equal(HttpStatusCode.Unauthorized, oldSecret.StatusCode);
        Assert.False(string.IsNullOrEmpty(await Tokens.ClientCredentialsAsync(admin.Client, "identity.read", clientId, newSecret)));

        var (_, listAgain) = await admin.GetAsync("/Admin/ApiClients");
        await SubmitRowAsync(admin, listAgain, clientId, "Delete");
        var deleted = await Tokens.RequestAsync(admin.Client, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = newSecret,
        });
        Assert.Equal(HttpStatusCode.Unauthorized, deleted.StatusCode);

        // Its tokens are revoked with it: the one used above is refused on the next call.
        using var afterDeletion = Tokens.Get("/api/v1/me", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.Client.SendAsync(afterDeletion, BrowserSession.Ct)).StatusCode);
    }

    [Fact]
    public async Task Registering_a_client_without_a_name_or_scope_is_refused()
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var (_, form) = await admin.GetAsync("/Admin/ApiClients/Create");

        var refused = await BrowserSession.ParseAsync(await admin.SubmitAsync(form, new Dictionary<string, string> { ["DisplayName"] = " " }));

        Assert.Contains("Le nom du client est obligatoire.", refused.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choisissez au moins une portée.", refused.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("[data-testid=client-secret]"));
    }

    private static string OrganisationId(AngleSharp.Html.Dom.IHtmlDocument form) =>
        form.QuerySelectorAll("select[name='Input.OrganisationId'] option").First(o => o.TextContent == "Cabinet Démo").GetAttribute("value")!;

    private static Task<HttpResponseMessage> SubmitRowAsync(BrowserSession admin, AngleSharp.Html.Dom.IHtmlDocument list, string clientId, string handler) =>
        admin.ClickRowButtonAsync(list, "[data-testid=client-row]", clientId, handler);

    private async Task AdminActAsync(string email, string handler)
    {
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var (_, page) = await admin.GetAsync("/Admin/Users?Search=" + Uri.EscapeDataString(email));
        var response = await admin.ClickRowButtonAsync(page, "[data-testid=user-row]", email, handler);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
