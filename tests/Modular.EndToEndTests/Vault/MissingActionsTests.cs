using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Vault;

/// <summary>
/// The vault's missing actions in a browser: revoking a link sent to the wrong person, deleting a
/// folder once its name and number of documents are confirmed, and « Gérer les accès » for a person
/// whose invitation waits (« Relancer », and the folder given for when they accept). Each changed
/// page is captured at a desktop's and a phone's width.
/// </summary>
public sealed partial class MissingActionsTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    private const string RevokedText = "Ce lien a été révoqué par l'expéditeur : il ne permet plus de télécharger les documents. Demandez-lui un nouveau lien si besoin.";

    [Fact]
    public async Task An_agent_revokes_a_link_sent_to_the_wrong_person_who_then_finds_it_revoked()
    {
        await using var agent = await BrowserSession.OpenAsync(chromium, host);
        await using var stranger = await BrowserSession.OpenAsync(chromium, host);
        var folderName = "Dossier SIV " + Guid.NewGuid().ToString("N")[..8];
        var linkUrl = "";

        await agent.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent1@demo.test");
            await CreateFolderWithDocumentsAsync(page, folderName, "carte grise.pdf");

            await page.GetByTestId("download-link").KeyboardClickAsync();
            await page.GetByTestId("link-document").First.KeyboardCheckAsync();
            await page.GetByTestId("link-code-input").KeyboardFillAsync("864209");
            await page.GetByTestId("link-create").KeyboardClickAsync();
            linkUrl = await page.GetByTestId("link-url").InputValueAsync();

            await page.GotoAsync("/Vault");
            await page.GetByTestId("folder-link").Filter(new() { HasText = folderName }).KeyboardClickAsync();
            var row = page.Locator("#links [data-testid=link-row]");
            await Expect(row.GetByTestId("link-status")).ToHaveTextAsync("Actif");
            await ResponsiveScreens.CaptureAsync(page, "folder-links-active");

            await row.GetByTestId("revoke-link").KeyboardClickAsync();
            await Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Lien révoqué : il ne permet plus de télécharger les documents.");
            await Expect(row.GetByTestId("link-status")).ToHaveTextAsync("Révoqué");
            await Expect(row.GetByTestId("revoke-link")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=journal-entry][data-kind=LinkRevoked] [data-testid=journal-detail]")).ToHaveTextAsync("1 document");
            await ResponsiveScreens.CaptureAsync(page, "folder-links-revoked");
            Assert.Empty(agent.Problems);
        });

        // The person who got the link by mistake opens it in another browser.
        await stranger.RunAsync(async page =>
        {
            await page.GotoAsync(linkUrl);
            await Expect(page.GetByTestId("link-error")).ToHaveTextAsync(RevokedText);
            await Expect(page.GetByTestId("link-code")).ToHaveCountAsync(0);
            await ResponsiveScreens.CaptureAsync(page, "public-link-revoked");
            Assert.Empty(stranger.Problems);
        });
    }

    [Fact]
    public async Task An_agent_deletes_a_folder_after_confirming_and_its_documents_can_no_longer_be_downloaded()
    {
        await using var agent = await BrowserSession.OpenAsync(chromium, host);
        var folderName = "Dossier à supprimer " + Guid.NewGuid().ToString("N")[..8];

        await agent.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent1@demo.test");
            await CreateFolderWithDocumentsAsync(page, folderName, "constat.pdf", "devis.pdf");
            var folderUrl = page.Url;
            var documentUrls = new List<string>();
            foreach (var link in await page.GetByTestId("document-name").AllAsync())
            {
                documentUrls.Add((await link.GetAttributeAsync("href"))!);
            }

            Assert.Equal(2, documentUrls.Count);
            Assert.Equal(200, (await page.APIRequest.GetAsync(documentUrls[0])).Status);

            await page.GetByTestId("delete-folder").KeyboardClickAsync();
            await Expect(page.GetByTestId("delete-folder-question")).ToHaveTextAsync(new Regex($"^Supprimer définitivement le dossier « {Regex.Escape(folderName)} » et ses 2 documents \\("));
            await Expect(page.GetByTestId("confirm-delete-folder")).ToHaveTextAsync("Supprimer le dossier et ses 2 documents");
            await ResponsiveScreens.CaptureAsync(page, "folder-delete-confirmation");

            // Cancelling changes nothing.
            await page.GetByTestId("cancel-delete-folder").KeyboardClickAsync();
            await Expect(page.GetByTestId("folder-title")).ToHaveTextAsync(folderName);
            await Expect(page.GetByTestId("document-row")).ToHaveCountAsync(2);

            await page.GetByTestId("delete-folder").KeyboardClickAsync();
            await page.GetByTestId("confirm-delete-folder").KeyboardClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Vault$"));
            await Expect(page.GetByTestId("status-message")).ToHaveTextAsync($"Le dossier « {folderName} » et ses 2 documents ont été supprimés.");
            await Expect(page.GetByTestId("folder-link").Filter(new() { HasText = folderName })).ToHaveCountAsync(0);
            await ResponsiveScreens.CaptureAsync(page, "vault-after-folder-deletion");

            // Its documents are gone, and so is the folder.
            foreach (var url in documentUrls)
            {
                Assert.Equal(404, (await page.APIRequest.GetAsync(url)).Status);
            }

            Assert.Equal(404, (await page.APIRequest.GetAsync(folderUrl)).Status);

            // Its journal is kept among the deleted folders.
            await page.GetByTestId("nav-deleted").KeyboardClickAsync();
            var row = page.GetByTestId("deleted-folder-row").Filter(new() { HasText = folderName });
            await Expect(row.GetByTestId("deleted-folder-by")).ToHaveTextAsync("agent1@demo.test");
            await Expect(row.GetByTestId("deleted-folder-count")).ToHaveTextAsync("2");
            await ResponsiveScreens.CaptureAsync(page, "deleted-folders");
            await row.GetByTestId("deleted-folder-journal").KeyboardClickAsync();
            await Expect(page.Locator("[data-testid=journal-entry][data-kind=FolderDeleted] [data-testid=journal-detail]"))
                .ToHaveTextAsync($"« {folderName} » (2 documents), par agent1@demo.test ; 0 lien révoqué, 0 accès retiré, 0 demande de documents annulée");
            await ResponsiveScreens.CaptureAsync(page, "deleted-folder-journal");
            Assert.Empty(agent.Problems);
        });
    }

    [Fact]
    public async Task Managing_access_offers_a_reminder_and_the_folder_to_a_person_whose_invitation_waits()
    {
        await using var agent = await BrowserSession.OpenAsync(chromium, host);
        var suffix = string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c));
        var lastName = "Attente" + suffix;
        var folderName = "Dossier partagé " + suffix;

        await agent.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent1@demo.test");

            // A person invited into the vault, who has not accepted yet.
            await page.GotoAsync("/Vault/People");
            await page.GetByTestId("new-person").KeyboardClickAsync();
            await page.GetByTestId("person-lastname").KeyboardFillAsync(lastName);
            await page.GetByTestId("person-firstname").KeyboardFillAsync("Inès");
            await page.GetByTestId("person-email").KeyboardFillAsync($"attente-{suffix}@example.test");
            await page.GetByTestId("save-person").KeyboardClickAsync();
            await page.GetByTestId("invite").KeyboardClickAsync();
            await Expect(page.GetByTestId("invitation-status")).ToHaveTextAsync("Envoyée");

            await page.GotoAsync("/Vault");
            await page.GetByTestId("folder-name").KeyboardFillAsync(folderName);
            await page.GetByTestId("create-folder").KeyboardClickAsync();
            await page.GetByTestId("manage-access").KeyboardClickAsync();
            await page.Locator("#q").KeyboardFillAsync(lastName);
            await page.GetByTestId("search").KeyboardClickAsync();
            var found = page.GetByTestId("found-person").Filter(new() { HasText = lastName.ToUpperInvariant() });
            await Expect(found.GetByTestId("pending-invitation")).ToHaveTextAsync("invitation en attente");
            await Expect(found.GetByTestId("invite")).ToHaveCountAsync(0);
            await ResponsiveScreens.CaptureAsync(page, "folder-access-pending-invitation");

            await found.GetByTestId("remind").KeyboardClickAsync();
            await Expect(page.GetByTestId("status-message")).ToHaveTextAsync(new Regex("^Relance envoyée : un nouveau lien et un nouveau code remplacent les précédents\\. Code de validation à communiquer par téléphone : [0-9]{6}$"));

            await found.GetByTestId("level").KeyboardSelectAsync("Write");
            await found.GetByTestId("grant").KeyboardClickAsync();
            await Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Accès enregistré : il prendra effet quand la personne aura accepté son invitation.");
            var grant = page.GetByTestId("grant-row").Filter(new() { HasText = lastName.ToUpperInvariant() });
            await Expect(grant.GetByTestId("grant-level")).ToHaveTextAsync("Lecture et dépôt");
            await Expect(grant.GetByTestId("remind")).ToHaveCountAsync(1);
            await ResponsiveScreens.CaptureAsync(page, "folder-access-granted-to-pending");
            Assert.Empty(agent.Problems);
        });
    }

    /// <summary>Creates a folder from the vault's page and uploads PDFs to it; ends on the folder's page.</summary>
    private static async Task CreateFolderWithDocumentsAsync(IPage page, string folderName, params string[] files)
    {
        await page.GotoAsync("/Vault");
        await page.GetByTestId("folder-name").KeyboardFillAsync(folderName);
        await page.GetByTestId("create-folder").KeyboardClickAsync();
        await Expect(page.GetByTestId("folder-title")).ToHaveTextAsync(folderName);
        await page.GetByTestId("upload-files").KeyboardUploadAsync(
            [.. files.Select(f => new FilePayload { Name = f, MimeType = "application/pdf", Buffer = VaultJourney.Pdf(f + Guid.NewGuid()) })]);
        await page.GetByTestId("upload-submit").KeyboardClickAsync();
        await Expect(page.GetByTestId("document-row")).ToHaveCountAsync(files.Length);
    }
}
