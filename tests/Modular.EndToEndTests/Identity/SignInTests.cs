using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Identity;

public sealed class SignInTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    private const string DemoPassword = "Demo-Passw0rd!";
    private const string SessionCookie = "__Host-modular";

    [Fact]
    public async Task Agent_signs_in_in_French_switches_to_English_finds_English_on_another_browser_and_signs_out()
    {
        await using var session = await BrowserSession.OpenAsync(chromium, host);
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            await page.GetByTestId("sign-in").KeyboardClickAsync();

            await SignInAsync(page, "agent3@demo.test", DemoPassword);

            await Expect(page.GetByTestId("welcome")).ToHaveTextAsync("Bonjour Claude Horizon");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            await Expect(page.Locator("nav.navbar")).ToHaveCSSAsync("display", "flex"); // Bootstrap's stylesheet applies
            var cookie = Assert.Single(await session.CookiesAsync(), c => c.Name == SessionCookie);
            Assert.True(cookie.Secure, "the session cookie should be Secure");
            Assert.True(cookie.HttpOnly, "the session cookie should be HttpOnly");

            await Expect(page.GetByTestId("switch-language")).ToHaveTextAsync("English");
            await page.GetByTestId("switch-language").KeyboardClickAsync();

            await Expect(page.GetByTestId("welcome")).ToHaveTextAsync("Hello Claude Horizon");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page.GetByTestId("switch-language")).ToHaveTextAsync("Français");

            // The account now prefers English: a sign-in on another browser gets English pages.
            await using var other = await BrowserSession.OpenAsync(chromium, host);
            await other.RunAsync(async second =>
            {
                await second.GotoAsync("/");
                await second.GetByTestId("sign-in").KeyboardClickAsync();
                await SignInAsync(second, "agent3@demo.test", DemoPassword);
                await Expect(second.GetByTestId("welcome")).ToHaveTextAsync("Hello Claude Horizon");
                await Expect(second.Locator("html")).ToHaveAttributeAsync("lang", "en");
            });

            // Back to French: the account is left as the demo data made it.
            await page.GetByTestId("switch-language").KeyboardClickAsync();
            await Expect(page.GetByTestId("welcome")).ToHaveTextAsync("Bonjour Claude Horizon");
            await page.GetByTestId("sign-out").KeyboardClickAsync();

            await Expect(page.GetByTestId("signed-out")).ToHaveTextAsync("Vous êtes déconnecté.");
            await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();
            Assert.DoesNotContain(await session.CookiesAsync(), c => c.Name == SessionCookie);
            Assert.Empty(session.Problems);
        });
    }

    [Fact]
    public async Task Wrong_password_shows_the_French_message_on_the_login_page()
    {
        await using var session = await BrowserSession.OpenAsync(chromium, host);
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/Identity/Account/Login");

            await SignInAsync(page, "agent2@demo.test", "Not-the-Passw0rd!");

            await Expect(page.GetByTestId("login-error")).ToHaveTextAsync("Adresse e-mail ou mot de passe incorrect.");
            await Expect(page).ToHaveURLAsync(new Uri(host.BaseAddress, "/Identity/Account/Login").ToString());
            await Expect(page.GetByTestId("welcome")).ToHaveCountAsync(0);
            Assert.DoesNotContain(await session.CookiesAsync(), c => c.Name == SessionCookie);
            Assert.Empty(session.Problems);
        });
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.Locator("#Input_Email").KeyboardFillAsync(email);
        await page.Locator("#Input_Password").KeyboardFillAsync(password);
        await page.GetByTestId("login-submit").KeyboardClickAsync();
    }
}
