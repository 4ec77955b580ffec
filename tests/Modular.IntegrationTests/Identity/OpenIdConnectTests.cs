using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Modular.IntegrationTests.Identity;

public sealed class OpenIdConnectTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    private const string CliRedirect = "http://127.0.0.1:8765/callback";
    private const string ThirdPartyRedirect = "https://partner.example/callback";

    [Fact]
    public async Task Discovery_advertises_code_with_S256_only_client_credentials_and_refresh()
    {
        using var browser = new BrowserSession(factory);

        var discovery = await Tokens.JsonAsync(await browser.Client.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative), BrowserSession.Ct));

        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Contains("identity.read", discovery.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.EndsWith("/connect/userinfo", discovery.GetProperty("userinfo_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/endsession", discovery.GetProperty("end_session_endpoint").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/connect/revoke", discovery.GetProperty("revocation_endpoint").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_gets_a_user_token_with_code_and_pkce_then_calls_userinfo_and_the_api_and_refreshes()
    {
        using var browser = new BrowserSession(factory);
        var flow = new AuthorizationCodeFlow(browser, "demo-cli", CliRedirect, "openid profile email roles offline_access identity.read");

        // Not signed in: the authorize endpoint sends the browser to the sign-in page, which sends it back.
        var toLogin = await flow.StartAsync();
        Assert.StartsWith("https://localhost/Identity/Account/Login", toLogin.Headers.Location!.ToString(), StringComparison.Ordinal);
        var (_, loginPage) = await browser.FollowAsync(toLogin);
        var signedIn = await browser.SubmitAsync(loginPage, new Dictionary<string, string> { ["Input.Email"] = "agent1@demo.test", ["Input.Password"] = BrowserSession.DemoPassword });

        // demo-cli is first-party (implicit consent): straight back to the script with a code.
        var callback = await flow.FollowAsync(signedIn);
        var parameters = AuthorizationCodeFlow.CallbackParameters(callback);
        Assert.Equal(flow.State, parameters["state"]);

        var tokenResponse = await flow.RedeemAsync(parameters["code"]);
        var tokens = await Tokens.JsonAsync(tokenResponse);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("id_token").GetString()));

        using var userInfoRequest = Tokens.Get("/connect/userinfo", accessToken);
        var userInfo = await Tokens.JsonAsync(await browser.Client.SendAsync(userInfoRequest, BrowserSession.Ct));
        Assert.Equal("agent1@demo.test", userInfo.GetProperty("email").GetString());
        Assert.Equal("Antoine Agent", userInfo.GetProperty("name").GetString());
        Assert.Equal(["Agent"], userInfo.GetProperty("role").EnumerateArray().Select(r => r.GetString()));
        Assert.False(string.IsNullOrEmpty(userInfo.GetProperty("org_id").GetString()));

        using var meRequest = Tokens.Get("/api/v1/me", accessToken);
        var me = await Tokens.JsonAsync(await browser.Client.SendAsync(meRequest, BrowserSession.Ct));
        Assert.Equal(userInfo.GetProperty("sub").GetString(), me.GetProperty("subject").GetString());
        Assert.Equal(userInfo.GetProperty("org_id").GetString(), me.GetProperty("organisationId").GetString());
        Assert.Equal("demo-cli", me.GetProperty("clientId").GetString());
        Assert.Contains("identity.read", me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));

        var refreshed = await Tokens.RequestAsync(browser.Client, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "demo-cli",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);

        // The code was single-use.
        var again = await flow.RedeemAsync(parameters["code"]);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(Errors.InvalidGrant, (await Tokens.JsonAsync(again)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_third_party_app_needs_explicit_consent_once_and_it_is_remembered()
    {
        await RegisterThirdPartyAppAsync("partner-app");
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent2@demo.test");
        var flow = new AuthorizationCodeFlow(browser, "partner-app", ThirdPartyRedirect, "openid profile identity.read");

        var toConsent = await flow.FollowAsync(await flow.StartAsync());
        var consentPage = await BrowserSession.ParseAsync(toConsent);
        Assert.Contains("Application partenaire", consentPage.QuerySelector("[data-testid=consent-client]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lire votre organisation et la liste de ses membres", consentPage.QuerySelector("[data-testid=consent-scopes]")!.TextContent, StringComparison.Ordinal);

        var accepted = await browser.SubmitAsync(consentPage, new Dictionary<string, string>(), submitName: "decision", submitValue: "accept");
        var callback = await flow.FollowAsync(accepted);
        var code = AuthorizationCodeFlow.CallbackParameters(callback)["code"];
        Assert.Equal(HttpStatusCode.OK, (await flow.RedeemAsync(code)).StatusCode);

        // Second time: no consent page.
        var secondFlow = new AuthorizationCodeFlow(browser, "partner-app", ThirdPartyRedirect, "openid profile identity.read");
        var direct = await secondFlow.FollowAsync(await secondFlow.StartAsync());
        Assert.True(secondFlow.IsCallback(direct.Headers.Location!), "consent should be remembered");
        Assert.True(AuthorizationCodeFlow.CallbackParameters(direct).ContainsKey("code"));
    }

    [Fact]
    public async Task Denying_consent_returns_access_denied_to_the_app()
    {
        await RegisterThirdPartyAppAsync("partner-denied");
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent1@demo.test");
        var flow = new AuthorizationCodeFlow(browser, "partner-denied", ThirdPartyRedirect, "openid identity.read");

        var consentPage = await BrowserSession.ParseAsync(await flow.FollowAsync(await flow.StartAsync()));
        var denied = await flow.FollowAsync(await browser.SubmitAsync(consentPage, new Dictionary<string, string>(), submitName: "decision", submitValue: "deny"));

        var parameters = AuthorizationCodeFlow.CallbackParameters(denied);
        Assert.Equal(Errors.AccessDenied, parameters["error"]);
        Assert.False(parameters.ContainsKey("code"));
    }

    [Fact]
    public async Task Plain_pkce_and_a_missing_challenge_are_refused()
    {
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent1@demo.test");
        var flow = new AuthorizationCodeFlow(browser, "demo-cli", CliRedirect, "openid");

        var plain = await flow.FollowAsync(await flow.StartAsync(codeChallengeMethod: "plain"));
        await AssertRefusedAsync(plain, "code_challenge_method");

        var missing = await browser.Client.GetAsync(new Uri($"/connect/authorize?client_id=demo-cli&redirect_uri={Uri.EscapeDataString(CliRedirect)}&response_type=code&scope=openid", UriKind.Relative), BrowserSession.Ct);
        await AssertRefusedAsync(missing, "code_challenge");

        // Refused either on the server's error page or back at the app with error=invalid_request; never with a code.
        static async Task AssertRefusedAsync(HttpResponseMessage response, string parameter)
        {
            if (BrowserSession.IsRedirect(response))
            {
                var parameters = AuthorizationCodeFlow.CallbackParameters(response);
                Assert.Equal(Errors.InvalidRequest, parameters["error"]);
                Assert.False(parameters.ContainsKey("code"));
                return;
            }

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await BrowserSession.ParseAsync(response);
            Assert.Contains(Errors.InvalidRequest, page.QuerySelector("[data-testid=oidc-error]")?.TextContent ?? "", StringComparison.Ordinal);
            Assert.Contains(parameter, page.QuerySelector("[data-testid=oidc-error]")?.TextContent ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wrong_code_verifier_gets_invalid_grant()
    {
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent1@demo.test");
        var flow = new AuthorizationCodeFlow(browser, "demo-cli", CliRedirect, "openid");
        var code = AuthorizationCodeFlow.CallbackParameters(await flow.FollowAsync(await flow.StartAsync()))["code"];

        var response = await flow.RedeemAsync(code, verifier: Pkce.Create().Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Errors.InvalidGrant, (await Tokens.JsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Client_credentials_token_then_me_shows_the_client_and_its_organisation()
    {
        using var browser = new BrowserSession(factory);
        var token = await Tokens.ClientCredentialsAsync(browser.Client, "identity.read");

        using var request = Tokens.Get("/api/v1/me", token);
        var response = await browser.Client.SendAsync(request, BrowserSession.Ct);
        var me = await Tokens.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("demo-partner", me.GetProperty("subject").GetString());
        Assert.Equal("demo-partner", me.GetProperty("clientId").GetString());
        Assert.Equal(JsonValueKindNull, me.GetProperty("userId").ValueKind);
        Assert.False(string.IsNullOrEmpty(me.GetProperty("organisationId").GetString()));

        using var organisationRequest = Tokens.Get("/api/v1/identity/organisation", token);
        var organisation = await Tokens.JsonAsync(await browser.Client.SendAsync(organisationRequest, BrowserSession.Ct));
        Assert.Equal("Cabinet Démo", organisation.GetProperty("name").GetString());
        Assert.DoesNotContain("agent3@demo.test", organisation.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("email").GetString()));
    }

    [Fact]
    public async Task Token_endpoint_errors_are_invalid_client_invalid_scope_and_unsupported_grant()
    {
        using var browser = new BrowserSession(factory);

        var badSecret = await Tokens.RequestAsync(browser.Client, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-partner", ["client_secret"] = "wrong", ["scope"] = "identity.read",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, badSecret.StatusCode);
        Assert.Equal(Errors.InvalidClient, (await Tokens.JsonAsync(badSecret)).GetProperty("error").GetString());

        var unknownClient = await Tokens.RequestAsync(browser.Client, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "nobody", ["client_secret"] = "x",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, unknownClient.StatusCode);
        Assert.Equal(Errors.InvalidClient, (await Tokens.JsonAsync(unknownClient)).GetProperty("error").GetString());

        var unknownScope = await Tokens.RequestAsync(browser.Client, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "demo-partner", ["client_secret"] = "demo-partner-secret", ["scope"] = "no.such.scope",
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknownScope.StatusCode);
        Assert.Equal(Errors.InvalidScope, (await Tokens.JsonAsync(unknownScope)).GetProperty("error").GetString());

        var badRefresh = await Tokens.RequestAsync(browser.Client, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = "demo-cli", ["refresh_token"] = "not-a-token",
        });
        Assert.Equal(HttpStatusCode.BadRequest, badRefresh.StatusCode);
        Assert.Equal(Errors.InvalidGrant, (await Tokens.JsonAsync(badRefresh)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_api_answers_401_with_www_authenticate_and_problem_details_without_a_valid_token()
    {
        using var browser = new BrowserSession(factory);

        foreach (var token in new string?[] { null, "not-a-jwt", "eyJhbGciOiJub25lIn0.e30." })
        {
            using var request = Tokens.Get("/api/v1/me", token);
            var response = await browser.Client.SendAsync(request, BrowserSession.Ct);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await Tokens.JsonAsync(response);
            Assert.Equal(401, problem.GetProperty("status").GetInt32());
            Assert.Equal("Authentification requise.", problem.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task A_token_without_the_scope_gets_403_with_problem_details()
    {
        using var browser = new BrowserSession(factory);
        var token = await Tokens.ClientCredentialsAsync(browser.Client, "");

        using var request = Tokens.Get("/api/v1/identity/organisation", token);
        var response = await browser.Client.SendAsync(request, BrowserSession.Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Tokens.JsonAsync(response);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Equal("Accès refusé.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_session_cookie_does_not_open_the_api()
    {
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent1@demo.test");

        var response = await browser.Client.GetAsync(new Uri("/api/v1/me", UriKind.Relative), BrowserSession.Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_api_paths_get_404_problem_details()
    {
        using var browser = new BrowserSession(factory);

        var response = await browser.Client.GetAsync(new Uri("/api/v1/nothing-here", UriKind.Relative), BrowserSession.Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("endpoint-not-found", (await Tokens.JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        using var browser = new BrowserSession(factory);
        var token = await Tokens.ClientCredentialsAsync(browser.Client, "identity.read");

        // Used once first: its state is now in the validation's cache, which the revocation must empty.
        using (var used = Tokens.Get("/api/v1/me", token))
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.Client.SendAsync(used, BrowserSession.Ct)).StatusCode);
        }

        using var revocation = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["token_type_hint"] = "access_token", ["client_id"] = "demo-partner", ["client_secret"] = "demo-partner-secret",
        });
        var revoked = await browser.Client.PostAsync(new Uri("/connect/revoke", UriKind.Relative), revocation, BrowserSession.Ct);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        using var request = Tokens.Get("/api/v1/me", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.SendAsync(request, BrowserSession.Ct)).StatusCode);
    }

    [Fact]
    public async Task A_cross_site_get_to_end_session_signs_no_one_out_but_asks()
    {
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent1@demo.test");

        // What an <img src> or a link on another site makes the browser do.
        using var crossSite = new HttpRequestMessage(HttpMethod.Get, new Uri("/connect/endsession?state=xyz", UriKind.Relative));
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        crossSite.Headers.Referrer = new Uri("https://attacker.example/page");
        var endSession = await browser.Client.SendAsync(crossSite, BrowserSession.Ct);

        Assert.True(BrowserSession.IsRedirect(endSession));
        Assert.StartsWith("/Identity/Account/Logout?", endSession.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var (_, home) = await browser.GetAsync("/");
        Assert.NotNull(home.QuerySelector("[data-testid=welcome]"));

        // A forged POST without the page's antiforgery token is no confirmation either.
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["state"] = "xyz" });
        Assert.True(BrowserSession.IsRedirect(await browser.Client.PostAsync(new Uri("/connect/endsession", UriKind.Relative), forged, BrowserSession.Ct)));
        (_, home) = await browser.GetAsync("/");
        Assert.NotNull(home.QuerySelector("[data-testid=welcome]"));
    }

    [Fact]
    public async Task End_session_signs_the_browser_out_once_confirmed_on_the_page()
    {
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("agent1@demo.test");

        var (_, confirm) = await browser.FollowAsync(await browser.Client.GetAsync(new Uri("/connect/endsession?state=xyz", UriKind.Relative), BrowserSession.Ct));
        var form = (IHtmlFormElement)confirm.QuerySelector("[data-testid=logout-form]")!;
        Assert.Equal("/connect/endsession", form.GetAttribute("action"));
        Assert.Equal("xyz", form.QuerySelector<IHtmlInputElement>("input[name=state]")!.Value);
        var signedOut = await browser.SubmitFormAsync(confirm, form, new Dictionary<string, string>());
        Assert.True(BrowserSession.IsRedirect(signedOut));

        var (_, home) = await browser.GetAsync("/");
        Assert.Null(home.QuerySelector("[data-testid=welcome]"));
        Assert.NotNull(home.QuerySelector("[data-testid=sign-in]"));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private async Task RegisterThirdPartyAppAsync(string clientId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(clientId, BrowserSession.Ct) is not null)
        {
            return;
        }

        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = "Application partenaire",
            RedirectUris = { new Uri(ThirdPartyRedirect) },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Prefixes.Scope + "identity.read",
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        }, BrowserSession.Ct);
    }
}
