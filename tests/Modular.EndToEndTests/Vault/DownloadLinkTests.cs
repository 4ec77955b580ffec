using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Vault;

/// <summary>
/// The seed's "lien de téléchargement" in a browser: an agent uploads two PDFs and sends a link
/// by email with a code; the recipient reads the email, gets a code wrong, then right, downloads
/// the ZIP; the agent is told, and sees it in the folder's journal and list of links.
/// </summary>
public sealed partial class DownloadLinkTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    private const string Code = "482913";

    [Fact]
    public async Task A_recipient_opens_the_emailed_link_gets_the_code_wrong_then_right_downloads_the_zip_and_the_agent_is_told()
    {
        await using var agent = await BrowserSession.OpenAsync(chromium, host);
        await using var recipient = await BrowserSession.OpenAsync(chromium, host);
        var folderName = "Dossier SIV " + Guid.NewGuid().ToString("N")[..8];
        var recipientEmail = $"client-{Guid.NewGuid().ToString("N")[..8]}@exemple.test";

        await agent.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent1@demo.test");

            // agent1 creates a folder and drops two PDFs on it through the file input.
            await page.GotoAsync("/Vault");
            await page.GetByTestId("folder-name").KeyboardFillAsync(folderName);
            await page.GetByTestId("create-folder").KeyboardClickAsync();
            await Expect(page.GetByTestId("folder-title")).ToHaveTextAsync(folderName);
            await Expect(page.GetByTestId("no-links")).ToHaveTextAsync("Aucun lien de téléchargement n'a été créé depuis ce dossier.");
            await page.GetByTestId("upload-files").KeyboardUploadAsync(
            [
                new FilePayload { Name = "carte grise.pdf", MimeType = "application/pdf", Buffer = VaultJourney.Pdf("Carte grise") },
                new FilePayload { Name = "certificat de cession.pdf", MimeType = "application/pdf", Buffer = VaultJourney.Pdf("Certificat de cession") },
            ]);
            await page.GetByTestId("upload-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("stored-file")).ToHaveTextAsync(["carte grise.pdf", "certificat de cession.pdf"]);
            await Expect(page.GetByTestId("document-row")).ToHaveCountAsync(2);

            // "Lien de téléchargement": both documents, a typed code, the recipient's email.
            await page.GetByTestId("download-link").KeyboardClickAsync();
            var documents = page.GetByTestId("link-document");
            await Expect(documents).ToHaveCountAsync(2);
            await documents.Nth(0).KeyboardCheckAsync();
            await documents.Nth(1).KeyboardCheckAsync();
            await page.GetByTestId("link-code-input").KeyboardFillAsync(Code);
            await page.GetByTestId("link-recipient").KeyboardFillAsync(recipientEmail);
            await page.GetByTestId("link-create").KeyboardClickAsync();
            await Expect(page.GetByTestId("link-code-shown")).ToHaveTextAsync(Code);
            await Expect(page.GetByTestId("link-emailed")).ToHaveTextAsync($"Le lien a été envoyé à {recipientEmail}. Le code ne l'est pas : transmettez-le vous-même.");
            Assert.Empty(agent.Problems);
        });

        // The recipient's email holds the link, never the code.
        var invitation = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, recipientEmail));
        Assert.Equal("Cabinet Démo vous transmet 2 documents", invitation.GetProperty("subject").GetString());
        var text = invitation.GetProperty("text").GetString()!;
        Assert.DoesNotContain(Code, text, StringComparison.Ordinal);
        var link = LinkPattern().Match(text);
        Assert.True(link.Success, $"no download link in the email: {text}");

        await recipient.RunAsync(async page =>
        {
            await page.GotoAsync(link.Value);
            await Expect(page.GetByTestId("link-sender")).ToHaveTextAsync("Cabinet Démo vous transmet 2 documents par ce lien unique.");
            await page.GetByTestId("link-code").KeyboardFillAsync("000000");
            await page.GetByTestId("link-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("link-error")).ToHaveTextAsync("Code incorrect : il vous reste 4 essais avant que le lien soit bloqué.");

            await page.GetByTestId("link-code").KeyboardFillAsync(Code);
            await page.GetByTestId("link-submit").KeyboardClickAsync();
            await Expect(page.GetByTestId("session-open")).ToContainTextAsync("Code accepté.");
            await Expect(page.GetByTestId("link-file").Locator("a")).ToHaveTextAsync(["carte grise.pdf", "certificat de cession.pdf"]);

            // A reload before downloading keeps the documents (the session lives in this browser),
            // and the session's end is shown on the reader's own clock.
            await page.ReloadAsync();
            await Expect(page.GetByTestId("link-file").Locator("a")).ToHaveTextAsync(["carte grise.pdf", "certificat de cession.pdf"]);
            await Expect(page.GetByTestId("session-end")).ToHaveTextAsync(new Regex(@"^\d\d:\d\d$"));

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("link-zip").KeyboardClickAsync());
            Assert.Equal("documents.zip", download.SuggestedFilename);
            Assert.Null(await download.FailureAsync());
            using var zip = ZipFile.OpenRead(await download.PathAsync());
            Assert.Equal(["carte grise.pdf", "certificat de cession.pdf"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            foreach (var entry in zip.Entries)
            {
                await using var content = await entry.OpenAsync(TestContext.Current.CancellationToken);
                var head = new byte[5];
                await content.ReadExactlyAsync(head, TestContext.Current.CancellationToken);
                Assert.Equal("%PDF-"u8.ToArray(), head);
            }
        });

        // agent1 is told twice: the link was used, then the documents were downloaded.
        var used = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, "agent1@demo.test") && VaultJourney.Mentions(e, recipientEmail) && VaultJourney.Subject(e) == "Votre lien de téléchargement a été utilisé");
        Assert.Contains($"envoyé à {recipientEmail} a été utilisé le", used.GetProperty("text").GetString(), StringComparison.Ordinal);
        var downloaded = await VaultJourney.WaitForEmailAsync(host, e => VaultJourney.IsTo(e, "agent1@demo.test") && VaultJourney.Mentions(e, recipientEmail) && VaultJourney.Subject(e) == "Vos documents ont été téléchargés");
        Assert.Contains($"envoyé à {recipientEmail} ont été téléchargés en entier le", downloaded.GetProperty("text").GetString(), StringComparison.Ordinal);

        await agent.RunAsync(async page =>
        {
            await page.GotoAsync("/Vault");
            await page.GetByTestId("folder-link").Filter(new() { HasText = folderName }).KeyboardClickAsync();
            var kinds = page.GetByTestId("journal-kind");
            await Expect(kinds).ToContainTextAsync(["Documents téléchargés", "Lien de téléchargement utilisé", "Lien de téléchargement créé"]);
            await Expect(page.Locator("[data-testid=journal-entry][data-kind=LinkDownloaded] [data-testid=journal-detail]")).ToHaveTextAsync("2 documents, en ZIP");

            var row = page.Locator("#links [data-testid=link-row]");
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.GetByTestId("link-status")).ToHaveTextAsync(DownloadedStatus());
            await Expect(row.GetByTestId("link-recipient")).ToHaveTextAsync(recipientEmail);
            await Expect(row.GetByTestId("link-created-by")).ToHaveTextAsync("agent1@demo.test");
            await Expect(row.GetByTestId("link-file-count")).ToHaveTextAsync("2");
            Assert.Empty(agent.Problems);
        });

        await recipient.RunAsync(async page =>
        {
            // Opened again in the recipient's browser while the session lasts: the documents again.
            await page.GotoAsync(link.Value);
            await Expect(page.GetByTestId("link-file").Locator("a")).ToHaveTextAsync(["carte grise.pdf", "certificat de cession.pdf"]);
            Assert.Empty(recipient.Problems);
        });

        // Any other browser: the link says it was used.
        await using var stranger = await BrowserSession.OpenAsync(chromium, host);
        await stranger.RunAsync(async page =>
        {
            await page.GotoAsync(link.Value);
            await Expect(page.GetByTestId("link-error")).ToHaveTextAsync("Ce lien a déjà été utilisé : il est unique et n'est plus valable. Demandez un nouveau lien à l'expéditeur.");
            await Expect(page.GetByTestId("link-code")).ToHaveCountAsync(0);
            Assert.Empty(stranger.Problems);
        });
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/l/[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("^Téléchargé le [0-9]")]
    private static partial Regex DownloadedStatus();
}
