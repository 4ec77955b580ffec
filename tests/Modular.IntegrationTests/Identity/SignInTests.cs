using System.Net;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Identity;

public sealed class SignInTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    private const string WrongCredentials = "Adresse e-mail ou mot de passe incorrect.";

    [Fact]
    public async Task Signing_in_opens_a_session_cookie_with_the_host_prefix_secure_httponly_and_lax()
    {
        using var browser = new BrowserSession(factory);

        var response = await browser.SignInAsync("agent1@demo.test");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-modular=", StringComparison.Ordinal));
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);

        var (_, home) = await browser.FollowAsync(response);
        Assert.Equal("Bonjour Antoine Agent", home.QuerySelector("[data-testid=welcome]")?.TextContent);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_account_get_the_same_message()
    {
        using var browser = new BrowserSession(factory);

        var wrongPassword = await BrowserSession.ParseAsync(await browser.SignInAsync("agent2@demo.test", "Not-The-Passw0rd!"));
        var unknownUser = await BrowserSession.ParseAsync(await browser.SignInAsync("nobody@demo.test", "Not-The-Passw0rd!"));

        Assert.Equal(WrongCredentials, wrongPassword.QuerySelector("[data-testid=login-error] li")?.TextContent);
        Assert.Equal(WrongCredentials, unknownUser.QuerySelector("[data-testid=login-error] li")?.TextContent);
    }

    [Fact]
    public async Task Empty_form_gets_a_message_per_field_and_signs_nobody_in()
    {
        using var browser = new BrowserSession(factory);

        var response = await browser.SignInAsync("", "");
        var page = await BrowserSession.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le champ « Adresse e-mail ou identifiant » est obligatoire.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Le champ « Mot de passe » est obligatoire.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-modular=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Mfa_enrolment_then_sign_in_asks_for_the_code_and_a_wrong_code_is_refused_and_counted()
    {
        await CreateUserAsync("mfa.user@demo.test");
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("mfa.user@demo.test");

        // Enrol: start, read the key, confirm with a code computed from it; recovery codes are shown once.
        var started = await StartMfaEnrolmentAsync(browser);
        var key = started.QuerySelector("[data-testid=mfa-key]")!.TextContent;
        var confirm = await browser.SubmitAsync(started, new Dictionary<string, string> { ["Code"] = Totp.Code(key) }, formAction: "handler=Confirm");
        var confirmed = await BrowserSession.ParseAsync(confirm);
        Assert.Equal(10, confirmed.QuerySelectorAll("[data-testid=recovery-codes] li").Length);

        // A new browser: the password is not enough any more.
        using var second = new BrowserSession(factory);
        var afterPassword = await second.SignInAsync("mfa.user@demo.test");
        Assert.StartsWith("/Identity/Account/LoginWith2fa", afterPassword.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var (_, mfaPage) = await second.FollowAsync(afterPassword);
        var wrong = await BrowserSession.ParseAsync(await second.SubmitAsync(mfaPage, new Dictionary<string, string> { ["Code"] = "000000" }));
        Assert.Equal("Code de vérification incorrect.", wrong.QuerySelector("[data-testid=mfa-error] li")?.TextContent);
        Assert.Equal(1, await FailuresCountedAsync("mfa.user@demo.test"));

        var right = await second.SubmitAsync(wrong, new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        var (_, home) = await second.FollowAsync(right);
        Assert.NotNull(home.QuerySelector("[data-testid=welcome]"));
    }

    [Fact]
    public async Task Mfa_sign_in_with_a_recovery_code_works_once()
    {
        await CreateUserAsync("mfa.recovery@demo.test");
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("mfa.recovery@demo.test");
        var started = await StartMfaEnrolmentAsync(browser);
        var key = started.QuerySelector("[data-testid=mfa-key]")!.TextContent;
        var confirmed = await BrowserSession.ParseAsync(await browser.SubmitAsync(started, new Dictionary<string, string> { ["Code"] = Totp.Code(key) }, formAction: "handler=Confirm"));
        var recoveryCode = confirmed.QuerySelector("[data-testid=recovery-codes] li")!.TextContent;

        async Task<HttpResponseMessage> SignInWithRecoveryAsync()
        {
            using var other = new BrowserSession(factory);
            await other.SignInAsync("mfa.recovery@demo.test");
            var (_, page) = await other.GetAsync("/Identity/Account/LoginWith2fa?useRecoveryCode=true");
            return await other.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = recoveryCode });
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithRecoveryAsync()).StatusCode);
        var reused = await BrowserSession.ParseAsync(await SignInWithRecoveryAsync());
        Assert.Equal("Code de vérification incorrect.", reused.QuerySelector("[data-testid=mfa-error] li")?.TextContent);
    }

    [Fact]
    public async Task Mfa_is_turned_off_only_with_the_current_password_and_an_admin_can_reset_it()
    {
        await CreateUserAsync("mfa.off@demo.test");
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync("mfa.off@demo.test");
        var started = await StartMfaEnrolmentAsync(browser);
        var key = started.QuerySelector("[data-testid=mfa-key]")!.TextContent;
        var enabled = await BrowserSession.ParseAsync(await browser.SubmitAsync(started, new Dictionary<string, string> { ["Code"] = Totp.Code(key) }, formAction: "handler=Confirm"));

        var wrong = await BrowserSession.ParseAsync(await browser.SubmitAsync(enabled, new Dictionary<string, string> { ["CurrentPassword"] = "Wrong-Passw0rd!" }, formAction: "handler=Disable"));
        Assert.Contains("Le mot de passe actuel est incorrect.", wrong.QuerySelector("[data-testid=mfa-manage-error]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(wrong.QuerySelector("[data-testid=mfa-status]"));

        var disabled = await browser.SubmitAsync(wrong, new Dictionary<string, string> { ["CurrentPassword"] = BrowserSession.DemoPassword }, formAction: "handler=Disable");
        var (_, after) = await browser.FollowAsync(disabled);
        Assert.NotNull(after.QuerySelector("[data-testid=mfa-start]"));

        // Enrolled again, then reset by an admin: the password alone signs in again.
        var again = await StartMfaEnrolmentAsync(browser);
        var secondKey = again.QuerySelector("[data-testid=mfa-key]")!.TextContent;
        await browser.SubmitAsync(again, new Dictionary<string, string> { ["Code"] = Totp.Code(secondKey) }, formAction: "handler=Confirm");
        using var admin = new BrowserSession(factory);
        await admin.SignInAsync("admin@demo.test");
        var (_, users) = await admin.GetAsync("/Admin/Users?Search=mfa.off");
        await admin.ClickRowButtonAsync(users, "[data-testid=user-row]", "mfa.off@demo.test", "ResetMfa");

        using var fresh = new BrowserSession(factory);
        var signIn = await fresh.SignInAsync("mfa.off@demo.test");
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Temporary_password_must_be_changed_before_anything_else()
    {
        var temporary = await CreateUserAsync("temp.user@demo.test", keepTemporary: true);
        using var browser = new BrowserSession(factory);

        var signIn = await browser.SignInAsync("temp.user@demo.test", temporary);
        Assert.StartsWith("/Identity/Account/ChangePassword", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var home = await browser.Client.GetAsync(new Uri("/", UriKind.Relative), BrowserSession.Ct);
        Assert.StartsWith("/Identity/Account/ChangePassword", home.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var (_, page) = await browser.GetAsync("/Identity/Account/ChangePassword");
        Assert.NotNull(page.QuerySelector("[data-testid=must-change]"));
        Assert.Equal(
            "Le mot de passe compte au moins 12 caractères, avec une majuscule, une minuscule, un chiffre, un caractère spécial (ni lettre ni chiffre) et 5 caractères différents.",
            page.QuerySelector("[data-testid=password-rules]")!.TextContent);
        var weak = await BrowserSession.ParseAsync(await browser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = temporary,
            ["Input.NewPassword"] = "short",
            ["Input.ConfirmPassword"] = "short",
        }));
        Assert.Contains("Le mot de passe doit comporter au moins 12 caractères.", weak.QuerySelector("[data-testid=change-password-error]")!.TextContent, StringComparison.Ordinal);

        var changed = await browser.SubmitAsync(weak, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = temporary,
            ["Input.NewPassword"] = "Mon-Nouveau-Passw0rd",
            ["Input.ConfirmPassword"] = "Mon-Nouveau-Passw0rd",
        });
        Assert.Equal("/", changed.Headers.Location!.OriginalString);
        var (_, after) = await browser.GetAsync("/");
        Assert.NotNull(after.QuerySelector("[data-testid=welcome]"));
        Assert.Equal(
            "Votre mot de passe a été changé : le mot de passe temporaire ne sert plus, connectez-vous désormais avec le vôtre.",
            after.QuerySelector("[data-testid=password-changed]")!.TextContent);
        var (_, next) = await browser.GetAsync("/");
        Assert.Null(next.QuerySelector("[data-testid=password-changed]"));
    }

    private async Task<string> CreateUserAsync(string email, bool keepTemporary = false)
    {
        if (keepTemporary)
        {
            return await AdminActions.CreateAgentAsync(factory, email);
        }

        await AdminActions.CreateReadyAgentAsync(factory, email);
        return BrowserSession.DemoPassword;
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> StartMfaEnrolmentAsync(BrowserSession browser)
    {
        var (_, page) = await browser.GetAsync("/Identity/Account/Manage/TwoFactor");
        return await BrowserSession.ParseAsync(await browser.SubmitAsync(page, new Dictionary<string, string>(), formAction: "handler=Start"));
    }

    /// <summary>Wrong codes count toward the sign-in throttle, as wrong passwords do.</summary>
    private Task<int> FailuresCountedAsync(string email) =>
        AdminActions.QueryIdentityAsync<int>(factory, "SELECT count(*) FROM SignInFailures WHERE AccountKey = $key", ("$key", email.ToUpperInvariant()));
}
