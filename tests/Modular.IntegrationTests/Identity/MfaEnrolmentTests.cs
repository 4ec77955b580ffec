using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// Enrolling an authenticator app: the key shown first stays the key until the enrolment succeeds
/// or is cancelled, and only a completed enrolment ends the person's other sessions.
/// </summary>
public sealed class MfaEnrolmentTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    private const string WrongCode = "Ce code ne correspond pas. La clé n'a pas changé : vérifiez l'heure de votre téléphone, puis saisissez le code que l'application affiche maintenant.";
    private const string NothingPending = "Aucune activation n'est en cours (elle a peut-être été annulée) : recommencez avec « Activer avec une application d'authentification ».";

    [Fact]
    public async Task Opening_the_enrolment_shows_a_QR_code_and_changes_no_security_stamp_nor_ends_another_session()
    {
        const string email = "mfa.open@demo.test";
        await AdminActions.CreateReadyAgentAsync(factory, email);
        using var enrolling = new BrowserSession(factory);
        await enrolling.SignInAsync(email);
        using var other = new BrowserSession(factory);
        await other.SignInAsync(email);
        var stamp = await SecurityStampAsync(email);

        var started = await StartAsync(enrolling);

        var qr = started.QuerySelector("svg[data-testid=mfa-qr]");
        Assert.NotNull(qr);
        Assert.Equal("img", qr.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(qr.GetAttribute("aria-label")));
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", Key(started));
        Assert.Equal(stamp, await SecurityStampAsync(email));
        Assert.True(await IsSignedInAsync(other), "opening the enrolment should not end the other session");
        Assert.True(await IsSignedInAsync(enrolling));

        // Opening it again (another visit, a reload) shows the same key: the app may already hold it.
        var reopened = await StartAsync(enrolling);
        Assert.Equal(Key(started), Key(reopened));
        Assert.Equal(stamp, await SecurityStampAsync(email));
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_keeps_the_key_so_a_code_from_the_first_key_then_enrols()
    {
        const string email = "mfa.wrong@demo.test";
        await AdminActions.CreateReadyAgentAsync(factory, email);
        using var enrolling = new BrowserSession(factory);
        await enrolling.SignInAsync(email);
        using var other = new BrowserSession(factory);
        await other.SignInAsync(email);
        var stamp = await SecurityStampAsync(email);
        var started = await StartAsync(enrolling);
        var key = Key(started);

        var wrong = await BrowserSession.ParseAsync(await enrolling.SubmitAsync(started, new Dictionary<string, string> { ["Code"] = CodeNotFrom(key) }, formAction: "handler=Confirm"));

        Assert.Equal(WrongCode, wrong.QuerySelector("[data-testid=mfa-manage-error] li")?.TextContent);
        Assert.Equal(key, Key(wrong));
        Assert.NotNull(wrong.QuerySelector("svg[data-testid=mfa-qr]"));
        Assert.Equal(stamp, await SecurityStampAsync(email));
        Assert.True(await IsSignedInAsync(other), "a wrong code should not end the other session");

        var confirmed = await BrowserSession.ParseAsync(await enrolling.SubmitAsync(wrong, new Dictionary<string, string> { ["Code"] = Totp.Code(key) }, formAction: "handler=Confirm"));

        Assert.Equal(10, confirmed.QuerySelectorAll("[data-testid=recovery-codes] li").Length);
        Assert.NotNull(confirmed.QuerySelector("[data-testid=mfa-status]"));
        // Only now, as the page announced, the security stamp changes and the other session ends.
        Assert.NotEqual(stamp, await SecurityStampAsync(email));
        Assert.False(await IsSignedInAsync(other), "a completed enrolment should end the other session");
        Assert.True(await IsSignedInAsync(enrolling));
    }

    [Fact]
    public async Task Cancelling_discards_the_pending_key()
    {
        const string email = "mfa.cancel@demo.test";
        await AdminActions.CreateReadyAgentAsync(factory, email);
        using var enrolling = new BrowserSession(factory);
        await enrolling.SignInAsync(email);
        var stamp = await SecurityStampAsync(email);
        var started = await StartAsync(enrolling);
        var key = Key(started);
        Assert.Equal(1, await AuthenticatorKeysAsync(email));

        var (_, cancelled) = await enrolling.FollowAsync(await enrolling.SubmitAsync(started, new Dictionary<string, string>(), formAction: "handler=Cancel"));

        Assert.Equal("Activation annulée : la clé affichée ne servira plus.", cancelled.QuerySelector("[data-testid=mfa-manage-status]")?.TextContent);
        Assert.NotNull(cancelled.QuerySelector("[data-testid=mfa-start]"));
        Assert.Equal(0, await AuthenticatorKeysAsync(email));
        Assert.Equal(stamp, await SecurityStampAsync(email));

        // A code from the discarded key, sent from the page still open elsewhere, enrols nothing.
        var late = await BrowserSession.ParseAsync(await enrolling.SubmitAsync(started, new Dictionary<string, string> { ["Code"] = Totp.Code(key) }, formAction: "handler=Confirm"));
        Assert.Equal(NothingPending, late.QuerySelector("[data-testid=mfa-manage-error] li")?.TextContent);
        Assert.NotNull(late.QuerySelector("[data-testid=mfa-start]"));
        Assert.Equal(0, await AuthenticatorKeysAsync(email));

        var again = await StartAsync(enrolling);
        Assert.NotEqual(key, Key(again));
    }

    private static async Task<IHtmlDocument> StartAsync(BrowserSession browser)
    {
        var (_, page) = await browser.GetAsync("/Identity/Account/Manage/TwoFactor");
        return await BrowserSession.ParseAsync(await browser.SubmitAsync(page, new Dictionary<string, string>(), formAction: "handler=Start"));
    }

    private static string Key(IHtmlDocument page) =>
        page.QuerySelector("[data-testid=mfa-key]")?.TextContent ?? throw new InvalidOperationException("No key on the page: " + page.Body?.TextContent);

    /// <summary>A six-digit code that the key gives at no moment the server accepts (a few steps either side of now).</summary>
    private static string CodeNotFrom(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-4, 9).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(n => new string((char)('0' + n), 6)).First(code => !valid.Contains(code));
    }

    private static async Task<bool> IsSignedInAsync(BrowserSession browser)
    {
        var (_, home) = await browser.GetAsync("/");
        return home.QuerySelector("[data-testid=welcome]") is not null;
    }

    private Task<string> SecurityStampAsync(string email) =>
        AdminActions.QueryIdentityAsync<string>(factory, "SELECT SecurityStamp FROM AspNetUsers WHERE NormalizedEmail = $email", ("$email", email.ToUpperInvariant()));

    private Task<int> AuthenticatorKeysAsync(string email) =>
        AdminActions.QueryIdentityAsync<int>(
            factory,
            "SELECT count(*) FROM AspNetUserTokens t JOIN AspNetUsers u ON u.Id = t.UserId WHERE u.NormalizedEmail = $email AND t.Name = 'AuthenticatorKey' AND t.Value IS NOT NULL",
            ("$email", email.ToUpperInvariant()));
}
