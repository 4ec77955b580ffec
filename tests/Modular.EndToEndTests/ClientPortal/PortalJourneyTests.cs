using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using Modular.EndToEndTests.Vault;
using Modular.SharedKernel.Infrastructure.Seeding;
using Modular.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.ClientPortal;

/// <summary>
/// The client portal from the outside, in Chromium with maildev: a company's contact asks for access
/// on the insurer's public form (a free-mail address refused first), the advisor approves and
/// completes the new company, the contact opens the emailed personal link, creates a password, is
/// asked for MFA before any document and enrols; the advisor publishes a PDF, which the contact
/// finds by a word that is only inside it, highlighted, and downloads.
/// </summary>
public sealed partial class PortalJourneyTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    [Fact]
    public async Task A_contact_asks_for_access_is_approved_joins_with_MFA_and_finds_a_published_PDF_by_its_text()
    {
        await using var advisor = await BrowserSession.OpenAsync(chromium, host);
        await using var contact = await BrowserSession.OpenAsync(chromium, host);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"lea.{suffix}@scierie-monney.ch";
        var company = $"Scierie Monney {suffix}";
        var uid = UidFrom(suffix);
        var word = "Ergonomie" + suffix;
        var formUrl = "";

        await advisor.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent3@demo.test");
            await page.GotoAsync("/Portal/Requests");
            formUrl = (await page.GetByTestId("request-form-url").TextContentAsync())!;
        });

        await contact.RunAsync(async page =>
        {
            await page.GotoAsync(new Uri(formUrl).PathAndQuery);
            await page.GetByTestId("request-company").KeyboardFillAsync(company);
            await page.GetByTestId("request-uid").KeyboardFillAsync(uid);
            await page.GetByTestId("request-contract-number").First.KeyboardFillAsync("IJM-" + suffix);
            await page.GetByTestId("request-premium").KeyboardFillAsync("380 000");
            await page.GetByTestId("request-first-name").KeyboardFillAsync("Léa");
            await page.GetByTestId("request-last-name").KeyboardFillAsync("Monney");
            await page.GetByTestId("request-phone").KeyboardFillAsync("026 400 12 34");
            await page.GetByTestId("request-email").KeyboardFillAsync("lea.monney@bluewin.ch");
            await page.GetByTestId("request-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("request-email-error")).ToContainTextAsync("Une adresse électronique personnelle est nécessaire pour l'inscription.");

            await page.GetByTestId("request-email").KeyboardFillAsync(email);
            await page.GetByTestId("request-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("request-sent")).ToContainTextAsync("Votre demande a bien été envoyée.");
            Assert.Empty(contact.Problems);
        });
        var received = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, email));
        Assert.Equal("Votre demande d'accès au portail clientèle de Assurances Horizon", VaultJourney.Subject(received));

        await advisor.RunAsync(async page =>
        {
            await page.GotoAsync("/Portal/Requests");
            await page.GetByTestId("request-link").Filter(new() { HasText = company }).KeyboardClickAsync();
            await Expect(page.GetByTestId("unknown-company")).ToBeVisibleAsync();
            await page.GetByTestId("approve-street").KeyboardFillAsync("Route de la Scie 2");
            await page.GetByTestId("approve-postcode").KeyboardFillAsync("1720");
            await page.GetByTestId("approve-city").KeyboardFillAsync("Corminboeuf");
            await page.GetByTestId("approve-premium").First.KeyboardFillAsync("380'000");
            await page.GetByTestId("approve-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("company-title")).ToHaveTextAsync(company);
            await Expect(page.GetByTestId("status-message")).ToContainTextAsync(email);
            Assert.Empty(advisor.Problems);
        });

        var invitation = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, email) && (VaultJourney.Subject(e) ?? "").StartsWith("Votre accès au portail clientèle", StringComparison.Ordinal));
        var link = LinkPattern().Match(invitation.GetProperty("text").GetString()!);
        Assert.True(link.Success, "no personal link in the invitation email");

        await contact.RunAsync(async page =>
        {
            await page.GotoAsync(new Uri(link.Value).PathAndQuery);
            await Expect(page.GetByTestId("invitation-email")).ToHaveValueAsync(email);
            await page.GetByTestId("invitation-password").KeyboardFillAsync(VaultJourney.DemoPassword);
            await page.GetByTestId("invitation-confirm").KeyboardFillAsync(VaultJourney.DemoPassword);
            await page.GetByTestId("invitation-create-account").KeyboardClickAsync();
            await page.GetByTestId("invitation-join").KeyboardClickAsync();

            // No document before MFA: the portal sends the person to set it up.
            await Expect(page.GetByTestId("portal-mfa-required")).ToBeVisibleAsync();
            await page.GetByTestId("portal-setup-mfa").KeyboardClickAsync();
            await page.GetByTestId("mfa-start").KeyboardClickAsync();
            var key = (await page.GetByTestId("mfa-key").TextContentAsync())!;
            await page.GetByLabel("Code de vérification").KeyboardFillAsync(Totp.Code(key));
            await page.GetByTestId("mfa-confirm").KeyboardClickAsync();
            await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);

            await page.GetByTestId("mfa-continue").KeyboardClickAsync();
            await Expect(page.GetByTestId("portal-company")).ToHaveTextAsync(company);
            await Expect(page.GetByTestId("portal-empty")).ToBeVisibleAsync();
            Assert.Empty(contact.Problems);
        });

        await advisor.RunAsync(async page =>
        {
            await page.GetByTestId("publish-kind").KeyboardSelectAsync("Ijm:BenefitStatement");
            await page.GetByTestId("publish-title").KeyboardFillAsync("Décompte de prestations IJM");
            await page.GetByTestId("publish-files").KeyboardUploadAsync(new FilePayload
            {
                Name = "decompte.pdf",
                MimeType = "application/pdf",
                Buffer = DemoPdf.Create("Decompte", ["Indemnites journalieres pour le cas " + word + ".", "Montant : CHF 2'140.00."]),
            });
            await page.GetByTestId("publish-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("published")).ToContainTextAsync("Décompte de prestations IJM");
            Assert.Empty(advisor.Problems);
        });

        await contact.RunAsync(async page =>
        {
            await page.GotoAsync("/Portal");
            await page.GetByTestId("portal-search").KeyboardFillAsync(word[..^2].ToLowerInvariant());
            await page.GetByTestId("portal-search-submit").KeyboardClickAsync();
            var found = page.GetByTestId("portal-document");
            await Expect(found).ToHaveCountAsync(1);
            await Expect(found.Locator("[data-testid=portal-excerpt] mark")).ToHaveTextAsync(word);
            await Expect(found.GetByTestId("portal-new")).ToHaveTextAsync("Nouveau");

            var download = await page.RunAndWaitForDownloadAsync(() => found.GetByTestId("portal-download").KeyboardClickAsync());
            Assert.Equal("decompte.pdf", download.SuggestedFilename);
            await page.ReloadAsync();
            await Expect(page.GetByTestId("portal-new")).ToHaveCountAsync(0);
            Assert.Empty(contact.Problems);
        });
    }

    /// <summary>A valid UID of this run: eight digits from the suffix, and their check digit.</summary>
    private static string UidFrom(string suffix)
    {
        int[] weights = [5, 4, 3, 2, 7, 6, 5, 4];
        for (var n = Convert.ToInt64(suffix, 16) % 100_000_000; ; n = (n + 1) % 100_000_000)
        {
            var digits = n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            var check = 11 - (digits.Select((d, i) => (d - '0') * weights[i]).Sum() % 11);
            if (check != 10)
            {
                var all = digits + (check == 11 ? 0 : check);
                return $"CHE-{all[..3]}.{all[3..6]}.{all[6..]}";
            }
        }
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/Portal/Invitation/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
