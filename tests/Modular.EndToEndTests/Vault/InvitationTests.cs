using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Vault;

/// <summary>
/// The seed's invitation into the vault in a browser: an agent creates a person and invites them
/// by email with a code to give by phone; the person opens the emailed link, gets the code wrong,
/// then right, creates an account, lands on their home page and drops a PDF there; the agent is
/// told, sees the invitation accepted, and finds the PDF and the journal entry in that folder.
/// </summary>
public sealed partial class InvitationTests(ChromiumFixture chromium, KestrelHostFixture host)
{

    [Fact]
    public async Task An_invited_person_opens_the_emailed_link_gets_the_code_wrong_then_right_creates_an_account_and_uploads_and_the_agent_is_told()
    {
        await using var agent = await BrowserSession.OpenAsync(chromium, host);
        await using var guest = await BrowserSession.OpenAsync(chromium, host);
        var suffix = string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c));
        var lastName = "Invitee" + suffix;
        const string firstName = "Camille";
        var personEmail = $"invite-{suffix}@example.test";
        var displayName = $"{lastName.ToUpperInvariant()} {firstName}";
        var code = "";
        var personUrl = "";

        await agent.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent1@demo.test");

            // agent1 creates the person from « Personnes et sociétés », with an email and no mobile.
            await page.GotoAsync("/Vault");
            await page.GetByTestId("nav-people").KeyboardClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Vault/People$"));
            await page.GetByTestId("new-person").KeyboardClickAsync();
            await page.GetByTestId("person-lastname").KeyboardFillAsync(lastName);
            await page.GetByTestId("person-firstname").KeyboardFillAsync(firstName);
            await page.GetByTestId("person-email").KeyboardFillAsync(personEmail);
            await page.GetByTestId("save-person").KeyboardClickAsync();
            await Expect(page.GetByTestId("person-title")).ToHaveTextAsync(displayName);
            await Expect(page.GetByTestId("person-email")).ToHaveTextAsync(personEmail);
            await Expect(page.GetByTestId("person-member")).ToHaveCountAsync(0);
            personUrl = page.Url;

            // « Inviter »: the link goes by email, the code is shown to be given by phone.
            await page.GetByTestId("invite").KeyboardClickAsync();
            var channels = page.GetByTestId("invitation-channels");
            await Expect(channels).ToHaveTextAsync(InvitationLine());
            code = InvitationLine().Match(await channels.InnerTextAsync()).Groups["code"].Value;
            await Expect(page.GetByTestId("invitation-status")).ToHaveTextAsync("Envoyée");
            Assert.Empty(agent.Problems);
        });

        // The person's email holds the link, never the code.
        var invitation = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, personEmail));
        Assert.Equal("Cabinet Démo vous invite dans son coffre", VaultJourney.Subject(invitation));
        var text = invitation.GetProperty("text").GetString()!;
        Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        var link = LinkPattern().Match(text);
        Assert.True(link.Success, $"no invitation link in the email: {text}");

        await guest.RunAsync(async page =>
        {
            await page.GotoAsync(link.Value);
            await Expect(page.GetByTestId("invitation-title")).ToHaveTextAsync("Cabinet Démo vous invite dans son coffre");
            await Expect(page.GetByTestId("invitation-person")).ToHaveTextAsync($"Invitation adressée à {displayName}.");

            var wrong = code == "000000" ? "111111" : "000000";
            await page.GetByTestId("invitation-code").KeyboardFillAsync(wrong);
            await page.GetByTestId("invitation-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("invitation-error")).ToHaveTextAsync("Code de validation incorrect : il vous reste 4 essais avant que l'invitation soit bloquée.");

            await page.GetByTestId("invitation-code").KeyboardFillAsync(code);
            await page.GetByTestId("invitation-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("invitation-verified")).ToHaveTextAsync("Code validé. Acceptez l'invitation avec votre compte, ou créez-en un.");

            // « Créer mon compte »: the address is the invited one; name and password are typed.
            var register = page.GetByTestId("invitation-register");
            await Expect(register.Locator("#Input_Email")).ToHaveValueAsync(personEmail);
            await register.Locator("#Input_DisplayName").KeyboardFillAsync($"{firstName} {lastName}");
            await register.Locator("#Input_Password").KeyboardFillAsync(VaultJourney.DemoPassword);
            await register.Locator("#Input_ConfirmPassword").KeyboardFillAsync(VaultJourney.DemoPassword);
            await page.GetByTestId("invitation-create-account").KeyboardClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/Guest/Folders/[0-9a-fA-F-]{36}$"));
            await Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Invitation acceptée : voici votre page d'accueil dans ce coffre.");
            await Expect(page.GetByTestId("no-documents")).ToBeVisibleAsync();

            // The person drops a PDF on their home page through the file input.
            await page.GetByTestId("upload-files").KeyboardUploadAsync(
                new FilePayload { Name = "piece identite.pdf", MimeType = "application/pdf", Buffer = VaultJourney.Pdf("Piece d'identite") });
            await page.GetByTestId("upload-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("stored-file")).ToHaveTextAsync(["piece identite.pdf"]);
            await Expect(page.GetByTestId("document-name")).ToHaveTextAsync(["piece identite.pdf"]);
            Assert.Empty(guest.Problems);
        });

        // agent1 is told the invitation was accepted.
        var accepted = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, "agent1@demo.test") && VaultJourney.Mentions(e, lastName) && (VaultJourney.Subject(e) ?? "").EndsWith(" a accepté votre invitation", StringComparison.Ordinal));
        Assert.Contains("a accepté le", accepted.GetProperty("text").GetString(), StringComparison.Ordinal);

        await agent.RunAsync(async page =>
        {
            await page.GotoAsync(personUrl);
            await Expect(page.GetByTestId("invitation-status")).ToHaveTextAsync("Acceptée");
            await Expect(page.GetByTestId("person-member")).ToHaveTextAsync("Invité dans le coffre");

            // The person's home page is among the folders they reach; it holds the PDF and the journal entry.
            var folders = page.GetByTestId("person-folder");
            await Expect(folders).ToHaveCountAsync(1);
            await folders.Locator("a").KeyboardClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Vault/Folders/Details/[0-9a-fA-F-]{36}$"));
            await Expect(page.GetByTestId("document-name")).ToHaveTextAsync(["piece identite.pdf"]);
            await Expect(page.Locator("[data-testid=journal-entry][data-kind=InvitationAccepted] [data-testid=journal-kind]")).ToHaveTextAsync("Invitation acceptée");
            Assert.Empty(agent.Problems);
        });
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/invitation/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("Invité par courriel et code de validation à communiquer : (?<code>[0-9]{6})")]
    private static partial Regex InvitationLine();
}
