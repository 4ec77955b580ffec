using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Notifications;

public sealed class BackOfficeTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    private const string DemoPassword = "Demo-Passw0rd!";

    [Fact]
    public async Task An_admin_sends_a_test_email_and_reads_it_in_a_sandboxed_frame_without_any_CSP_refusal()
    {
        await using var session = await BrowserSession.OpenAsync(chromium, host);
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/Identity/Account/Login");
            await page.Locator("#Input_Email").KeyboardFillAsync("admin@demo.test");
            await page.Locator("#Input_Password").KeyboardFillAsync(DemoPassword);
            await page.GetByTestId("login-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("account-link")).ToBeVisibleAsync();

            await page.GotoAsync("/Admin");
            await page.GetByRole(AriaRole.Link, new() { Name = "Envoyer un message d'essai" }).KeyboardClickAsync();
            await page.GetByLabel("Nom du destinataire").KeyboardFillAsync("Marie Navigateur");
            await page.GetByLabel("Adresse e-mail du destinataire").KeyboardFillAsync("marie.navigateur@exemple.test");
            await page.GetByLabel("Note (facultative)").KeyboardFillAsync("<script>parent.document.body.remove()</script>");
            await page.GetByTestId("send").KeyboardClickAsync();

            await Expect(page.GetByTestId("message-subject")).ToHaveTextAsync("Message d'essai de Modular");
            var frame = page.FrameLocator("iframe[data-testid=message-html]");
            await Expect(frame.Locator("p").First).ToHaveTextAsync("Bonjour Marie Navigateur,");
            await Expect(frame.Locator("body")).ToContainTextAsync("<script>parent.document.body.remove()</script>");

            // The template editor's preview is framed the same way.
            await page.GotoAsync("/Admin/Notifications/Templates");
            await page.Locator("[data-testid=template-row][data-key='notifications.test'][data-culture=fr] a").KeyboardClickAsync();
            await page.GetByTestId("preview").KeyboardClickAsync();
            await Expect(page.FrameLocator("iframe[data-testid=preview-html]").Locator("p").First).ToHaveTextAsync("Bonjour Marie Dupont,");
            // The other pages of the back office show no refusal either (an empty validation summary would).
            await page.GotoAsync("/Admin/Notifications/Messages");
            await Expect(page.GetByTestId("message-row").First).ToBeVisibleAsync();
            await page.GotoAsync("/Admin/Notifications/Letters");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Courriers à imprimer");
            Assert.Empty(session.Problems);
        });
    }
}
