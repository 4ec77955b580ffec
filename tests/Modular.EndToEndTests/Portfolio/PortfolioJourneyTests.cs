using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using Modular.EndToEndTests.Vault;
using Modular.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Portfolio;

/// <summary>
/// The portfolio from the outside, in Chromium with maildev: the firm's administrator deposits a DSN
/// declaring two establishments, completes one, requests its « amorçage » (the partner group's email
/// arrives), gives agent2 a delegation profile on it; agent2 then sees that establishment only, and
/// the other one's page is not found.
/// </summary>
public sealed class PortfolioJourneyTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    [Fact]
    public async Task The_administrator_deposits_completes_requests_seeding_and_delegates_and_agent2_sees_that_part_only()
    {
        await using var admin = await BrowserSession.OpenAsync(chromium, host);
        await using var agent = await BrowserSession.OpenAsync(chromium, host);
        var siren = Sirens.Next();
        var (mine, other) = (siren + Sirens.Nic(siren, 1), siren + Sirens.Nic(siren, 2));
        var name = $"Boulangerie Journey {siren[..4]}";
        var dsn = DsnSample.Envoi().Declaration(siren, mine[9..], city: "Dijon").Declaration(siren, other[9..], city: "Beaune").Latin1(crlf: true);

        await admin.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "admin@demo.test");
            await page.GotoAsync("/Portfolio");
            await page.GetByTestId("deposit-link").KeyboardClickAsync();
            await page.GetByTestId("deposit-file").KeyboardUploadAsync(new FilePayload { Name = "octobre.dsn", MimeType = "text/plain", Buffer = dsn });
            await page.GetByTestId("deposit-submit").KeyboardClickAsync();
            await Expect(page.Locator($"[data-testid=deposit-line][data-siret='{mine}']")).ToHaveAttributeAsync("data-outcome", "Added");
            await Expect(page.Locator($"[data-testid=deposit-line][data-siret='{other}']")).ToHaveAttributeAsync("data-outcome", "Added");

            await page.Locator($"[data-testid=deposit-line][data-siret='{mine}'] a").KeyboardClickAsync();
            await Expect(page.GetByTestId("establishment-status")).ToHaveTextAsync("À compléter");
            await Expect(page.GetByTestId("seeding-needs-partner")).ToBeVisibleAsync();
            await page.GetByTestId("establishment-name").KeyboardFillAsync(name);
            await page.GetByTestId("due-Fifteenth").KeyboardCheckAsync();
            await page.GetByTestId("establishment-partner").KeyboardSelectAsync("KLESIA");
            await page.GetByTestId("complete-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("establishment-title")).ToHaveTextAsync(name);
            await Expect(page.GetByTestId("establishment-status")).ToHaveTextAsync("Complet");

            await page.GetByTestId("seeding-request").KeyboardClickAsync();
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync("amorcage@klesia.demo.test");
            await Expect(page.GetByTestId("seeding-status")).ToHaveTextAsync("Demandée");
            await Expect(page.GetByTestId("journal-entry").First).ToContainTextAsync("Demande d'amorçage envoyée : Klesia");

            await page.GotoAsync("/Portfolio/Profiles");
            await page.GetByTestId("profile-new").KeyboardClickAsync();
            await page.GetByTestId("profile-name-input").KeyboardFillAsync($"Journey {siren[..4]}");
            await page.GetByTestId("resp-Manage").KeyboardCheckAsync();
            await page.GetByTestId($"est-{mine}").KeyboardCheckAsync();
            await page.GetByTestId("agent-agent2@demo.test").KeyboardCheckAsync();
            await page.GetByTestId("profile-save").KeyboardClickAsync();
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync($"Journey {siren[..4]}");
            Assert.Empty(admin.Problems);
        });

        var email = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, "amorcage@klesia.demo.test") && VaultJourney.Mentions(e, mine));
        Assert.Equal($"Demande d'amorçage des données : {name} (SIRET {mine})", VaultJourney.Subject(email));

        await agent.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent2@demo.test");
            await page.GotoAsync("/Portfolio");
            await Expect(page.Locator($"[data-testid=establishment-row][data-siret='{mine}']")).ToBeVisibleAsync();
            await Expect(page.Locator($"[data-testid=establishment-row][data-siret='{other}']")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("profiles-link")).ToHaveCountAsync(0);

            await page.Locator($"[data-testid=establishment-row][data-siret='{mine}'] a").KeyboardClickAsync();
            await Expect(page.GetByTestId("complete-form")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("seeding-accepted")).ToHaveCountAsync(0);

            var response = await page.GotoAsync($"/Portfolio/Establishments/{other}");
            Assert.Equal(404, response!.Status);
            response = await page.GotoAsync("/Portfolio/Profiles");
            Assert.Equal(404, response!.Status);
        });
    }
}
