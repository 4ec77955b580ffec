using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using Modular.EndToEndTests.Vault;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Delegation;

/// <summary>
/// A mandate from the outside, in Chromium with maildev: agent1 answers the decision tree, fills
/// and signs their part with the mouse; the mandatary signs their section from the link in their
/// email; the back office approves; the username reaches agent1's address and the temporary
/// password the mandatary's; the mandatary signs in with them, chooses a password, acts for agent1
/// in the Vault, and the journal names both.
/// </summary>
public sealed partial class DelegationJourneyTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    [Fact]
    public async Task A_mandate_from_the_decision_tree_to_acting_in_the_vault()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var (name, email) = ($"Léa Journey {unique}", $"lea.{unique}@cabinet-demo.test");
        await using var mandator = await BrowserSession.OpenAsync(chromium, host);
        await mandator.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent1@demo.test");
            await page.GotoAsync("/Delegation");
            await page.GetByTestId("delegation-start").KeyboardClickAsync();
            await Expect(page.GetByTestId("processing-date")).ToContainTextAsync("Aujourd'hui, nous traitons les demandes que nous avons reçues à la date suivante");
            await page.GetByTestId("kind-billing-agency").KeyboardCheckAsync();
            await page.GetByTestId("agency-commercial").KeyboardCheckAsync();
            await page.GetByTestId("decision-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("decision-refusal")).ToContainTextAsync("Si votre agence de facturation est commerciale");
            await page.GetByTestId("kind-staff").KeyboardCheckAsync();
            await page.GetByTestId("role-administrative").KeyboardCheckAsync();
            await page.GetByTestId("decision-submit").KeyboardClickAsync();

            await page.GetByTestId("request-service").KeyboardSelectAsync("vault");
            await page.GetByTestId("request-mandatary-name").KeyboardFillAsync(name);
            await page.GetByTestId("request-link-email").KeyboardFillAsync(email);
            await SignWithScannedImageAsync(page);
            await page.GetByTestId("request-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync(email);
            await Expect(page.GetByTestId("request-row").Filter(new() { HasText = name }).GetByTestId("request-state")).ToHaveTextAsync("En attente du mandataire");
            Assert.Empty(mandator.Problems);
        });

        var invitation = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, email) && VaultJourney.Mentions(e, "Section Utilisateur"));
        var link = MandateLink().Match(invitation.GetProperty("text").GetString()!).Value;
        await using var mandatary = await BrowserSession.OpenAsync(chromium, host);
        await mandatary.RunAsync(async page =>
        {
            await page.GotoAsync(new Uri(link).PathAndQuery);
            await Expect(page.GetByTestId("part-intro")).ToContainTextAsync("Antoine Agent");
            await Expect(page.GetByTestId("part-email")).ToHaveValueAsync(email);
            await SignWithScannedImageAsync(page);
            await page.GetByTestId("part-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("part-completed")).ToContainTextAsync("Votre section est signée");
        });

        await using var officer = await BrowserSession.OpenAsync(chromium, host);
        await officer.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "admin@demo.test");
            await page.GotoAsync("/Delegation/Queue");
            var row = page.GetByTestId("queue-row").Filter(new() { HasText = name });
            await Expect(row.GetByTestId("queue-signature")).ToHaveCountAsync(2);
            await row.GetByTestId("queue-approve").KeyboardClickAsync();
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync($"{name} peut agir pour le compte de Antoine Agent");
        });

        // Split credentials: the username to the mandator's address, the temporary password to the mandatary's
        // (the approval, sent to both, also speaks of the temporary password: the password's own words tell them apart).
        var toMandator = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, "agent1@demo.test") && VaultJourney.Mentions(e, $"Identifiant de {name}"));
        var toMandatary = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, email) && VaultJourney.Mentions(e, "Voici votre mot de passe temporaire"));
        var userName = UserName().Match(toMandator.GetProperty("text").GetString()!).Value;
        var password = Password().Match(toMandatary.GetProperty("text").GetString()!).Groups[1].Value;
        Assert.DoesNotContain(password, toMandator.GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.DoesNotMatch(UserName(), toMandatary.GetProperty("text").GetString()!);

        await using var acting = await BrowserSession.OpenAsync(chromium, host);
        await acting.RunAsync(async page =>
        {
            await page.GotoAsync("/Identity/Account/Login");
            await page.Locator("#Input_Email").KeyboardFillAsync(userName);
            await page.Locator("#Input_Password").KeyboardFillAsync(password);
            await page.GetByTestId("login-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("must-change")).ToBeVisibleAsync();
            await page.Locator("#Input_CurrentPassword").KeyboardFillAsync(password);
            await page.Locator("#Input_NewPassword").KeyboardFillAsync("Lea-Journey-Passw0rd!");
            await page.Locator("#Input_ConfirmPassword").KeyboardFillAsync("Lea-Journey-Passw0rd!");
            await page.Locator("form:has(#Input_NewPassword) button[type=submit]").KeyboardClickAsync();
            await Expect(page.GetByTestId("account-link")).ToHaveTextAsync(name);

            await page.GotoAsync("/Delegation");
            await page.GetByTestId("received-act").KeyboardClickAsync();
            await Expect(page.GetByTestId("acting-banner")).ToContainTextAsync("Vous agissez pour le compte de Antoine Agent dans « Coffre »");
            var folder = $"Mandat {unique}";
            await page.GetByTestId("folder-name").KeyboardFillAsync(folder);
            await page.GetByTestId("create-folder").KeyboardClickAsync();
            await Expect(page.Locator("[data-testid=journal-entry][data-kind=FolderCreated] [data-testid=journal-author]")).ToHaveTextAsync($"{name} pour le compte de Antoine Agent");
            Assert.Empty(acting.Problems);
        });
    }

    /// <summary>
    /// The keyboard's way to sign (drawing needs a pointer): « image d'une signature manuscrite »
    /// chosen with the arrow keys, the image picked through the file field.
    /// </summary>
    internal static async Task SignWithScannedImageAsync(IPage page)
    {
        await page.GetByTestId("signature-scanned").KeyboardClickAsync();
        await Expect(page.GetByTestId("signature-scanned")).ToBeCheckedAsync();
        await page.GetByTestId("signature-file").KeyboardUploadAsync(new FilePayload
        {
            Name = "signature.png",
            MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="),
        });
    }

    /// <summary>A signature drawn with the mouse in the form's box.</summary>
    internal static async Task DrawAsync(IPage page)
    {
        var canvas = page.GetByTestId("signature-canvas");
        await canvas.ScrollIntoViewIfNeededAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 20, box.Y + 60);
        await page.Mouse.DownAsync();
        for (var i = 0; i < 12; i++)
        {
            await page.Mouse.MoveAsync(box.X + 30 + (i * 18), box.Y + 40 + (i % 2 * 50));
        }

        await page.Mouse.UpAsync();
        await Expect(page.GetByTestId("signature-drawn-data")).ToHaveValueAsync(new Regex("^data:image/png;base64,"));
    }

    [GeneratedRegex(@"https?://\S+/mandat/[A-Za-z0-9_-]+")]
    private static partial Regex MandateLink();

    [GeneratedRegex(@"mdt-[a-z0-9]{4}-[a-z0-9]{4}")]
    private static partial Regex UserName();

    [GeneratedRegex(@"Voici votre mot de passe temporaire :\s+(\S+)")]
    private static partial Regex Password();
}
