using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// Sign-ins are throttled per account and address instead of locking accounts (ADR 0025): an
/// attacker cannot keep an owner out, learns nothing of which accounts exist or their state, and
/// the owner is told.
/// </summary>
public sealed class SignInThrottlingTests(SharingApiHost host) : IClassFixture<SharingApiHost>
{
    private const string WrongCredentials = "Adresse e-mail ou mot de passe incorrect.";
    private const string Attacker = "198.51.100.66";

    [Fact]
    public async Task An_attacker_locking_an_account_from_one_address_does_not_keep_its_owner_out()
    {
        var email = Unique("owner");
        var password = await AdminActions.CreateAgentAsync(host, email);
        using var attacker = From(Attacker);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(WrongCredentials, await ErrorAsync(attacker, email, "Wrong-Passw0rd!" + attempt));
        }

        // The attacker's address now waits, even with the right password: it is not checked.
        Assert.Equal("Trop de tentatives de connexion pour ce compte depuis votre adresse : réessayez dans 15 minutes.", await ErrorAsync(attacker, email, password));

        // The owner, from their own address, signs in at once.
        using var owner = From("198.51.100.7");
        var signedIn = await owner.SignInAsync(email, password);
        Assert.True(BrowserSession.IsRedirect(signedIn), "the owner was kept out");
        Assert.StartsWith("/Identity/Account/ChangePassword", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The owner is told, once, with the address; hammering on adds no second email.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await attacker.SignInAsync(email, "Wrong-Passw0rd!");
        }

        var alerts = await AlertsAsync(email);
        var alert = Assert.Single(alerts);
        Assert.Contains(Attacker, alert, StringComparison.Ordinal);
        Assert.Contains("Votre compte n'est pas verrouillé", alert, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_account_is_throttled_exactly_like_a_known_one()
    {
        var known = Unique("known");
        await AdminActions.CreateAgentAsync(host, known);
        var unknown = Unique("nobody");
        using var attacker = From("198.51.100.80");

        var answers = new List<(string? Known, string? Unknown)>();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            answers.Add((await ErrorAsync(attacker, known, "Wrong-Passw0rd!"), await ErrorAsync(attacker, unknown, "Wrong-Passw0rd!")));
        }

        Assert.All(answers, a => Assert.Equal(a.Known, a.Unknown));
        Assert.StartsWith("Trop de tentatives", answers[^1].Unknown, StringComparison.Ordinal);
        Assert.Empty(await AlertsAsync(unknown));
    }

    [Fact]
    public async Task A_locked_a_deactivated_and_a_wrong_password_get_the_same_answer_after_the_password_is_checked()
    {
        var locked = Unique("locked");
        var lockedPassword = await AdminActions.CreateAgentAsync(host, locked);
        var deactivated = Unique("gone");
        var deactivatedPassword = await AdminActions.CreateAgentAsync(host, deactivated);
        await AdminActAsync(locked, "Lock");
        await AdminActAsync(deactivated, "Deactivate");
        using var visitor = From("198.51.100.90");

        Assert.Equal(WrongCredentials, await ErrorAsync(visitor, locked, lockedPassword));
        Assert.Equal(WrongCredentials, await ErrorAsync(visitor, deactivated, deactivatedPassword));
        Assert.Equal(WrongCredentials, await ErrorAsync(visitor, locked, "Wrong-Passw0rd!"));
    }

    [Fact]
    public async Task The_throttle_ends_with_its_window_and_never_locks_the_account()
    {
        var email = Unique("patient");
        var password = await AdminActions.CreateAgentAsync(host, email);
        using var visitor = From("198.51.100.99");
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await visitor.SignInAsync(email, "Wrong-Passw0rd!");
        }

        host.Time.Advance(TimeSpan.FromMinutes(16));

        Assert.True(BrowserSession.IsRedirect(await visitor.SignInAsync(email, password)), "still refused after the window");
    }

    private BrowserSession From(string address)
    {
        var session = new BrowserSession(host);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return session;
    }

    private static async Task<string?> ErrorAsync(BrowserSession browser, string email, string password) =>
        (await BrowserSession.ParseAsync(await browser.SignInAsync(email, password))).QuerySelector("[data-testid=login-error] li")?.TextContent;

    private async Task AdminActAsync(string email, string handler)
    {
        using var admin = new BrowserSession(host);
        await admin.SignInAsync("admin@demo.test");
        var (_, users) = await admin.GetAsync($"/Admin/Users?search={Uri.EscapeDataString(email)}");
        Assert.True(BrowserSession.IsRedirect(await admin.ClickRowButtonAsync(users, "[data-testid=user-row]", email, handler)), $"{handler} of {email} failed");
    }

    private Task<IReadOnlyList<string>> AlertsAsync(string email) => SentMessages.TextBodiesAsync(host, "identity.sign-in-throttled", email);

    private static string Unique(string prefix) => $"{prefix}.{Guid.NewGuid().ToString("N")[..8]}@example.test";
}
