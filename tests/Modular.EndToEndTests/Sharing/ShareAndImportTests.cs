using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Sharing;

/// <summary>The seed's procedure in a browser: share by key through the clipboard, import, share back, overwrite, restore.</summary>
public sealed class ShareAndImportTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    private const string DemoPassword = "Demo-Passw0rd!";
    private const string OverwriteQuestion = "Ce fichier existe déjà dans votre espace Modular. Les informations qui auraient été modifiées depuis sa dernière importation seront effacées. Êtes-vous certain de vouloir continuer ?";

    [Fact]
    public async Task A_case_file_goes_to_a_colleague_by_key_comes_back_overwrites_after_confirmation_and_is_restored()
    {
        string[] clipboard = ["clipboard-read", "clipboard-write"];
        await using var agent1 = await BrowserSession.OpenAsync(chromium, host, clipboard);
        await using var agent2 = await BrowserSession.OpenAsync(chromium, host, clipboard);
        var lastName = "Martin-" + Guid.NewGuid().ToString("N")[..6];

        await agent1.RunAsync(async page =>
        {
            await SignInAsync(page, "agent1@demo.test");

            // agent1 creates the case file from "Mes dossiers".
            await page.GotoAsync("/Sharing/CaseFiles");
            await page.GetByTestId("new-case").KeyboardClickAsync();
            await page.GetByTestId("client-last-name").KeyboardFillAsync(lastName);
            await page.GetByTestId("client-first-name").KeyboardFillAsync("Claire");
            await page.Locator("[name='Input.Policies[0].Insurer']").KeyboardFillAsync("AXA");
            await page.Locator("[name='Input.Policies[0].Number']").KeyboardFillAsync("HAB-2026-001");
            await page.Locator("[name='Input.Policies[0].Product']").KeyboardFillAsync("Habitation");
            await page.Locator("[name='Input.Policies[0].AnnualPremium']").KeyboardFillAsync("420,50");
            await page.Locator("[name='Input.Notes']").KeyboardFillAsync("Client depuis 2019");
            await page.GetByTestId("save-case").KeyboardClickAsync();
            await Expect(page.GetByTestId("case-title")).ToHaveTextAsync($"{lastName} Claire");
        });

        var firstKey = "";
        await agent1.RunAsync(async page =>
        {
            // "Partager ce dossier", then "Copier dans le presse-papier".
            await page.GetByTestId("share-case").KeyboardClickAsync();
            var shown = await page.GetByTestId("share-key").InputValueAsync();
            Assert.Matches("^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$", shown);
            await page.GetByRole(AriaRole.Button, new() { Name = "Copier dans le presse-papier" }).KeyboardClickAsync();
            firstKey = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
            Assert.Equal(shown, firstKey);
            await Expect(page.GetByTestId("key-expiry")).ToContainTextAsync("Chaque clé de partage est unique et expire après 30 jours.");

            // Meanwhile agent1 keeps working on their own copy.
            await page.GotoAsync("/Sharing/CaseFiles");
            await page.Locator("[data-testid=case-row]", new() { HasText = lastName }).GetByTestId("open-case").KeyboardClickAsync();
            await page.GetByTestId("edit-case").KeyboardClickAsync();
            await page.Locator("[name='Input.Sections[0].Title']").KeyboardFillAsync("Suivi agent1");
            await page.Locator("[name='Input.Sections[0].Body']").KeyboardFillAsync("Rappeler en janvier");
            await page.GetByTestId("save-case").KeyboardClickAsync();
            await Expect(page.GetByTestId("case-section")).ToContainTextAsync("Suivi agent1");
        });

        var keyBack = "";
        await agent2.RunAsync(async page =>
        {
            await SignInAsync(page, "agent2@demo.test");

            // agent2 pastes the key from the email into "Importer un fichier partagé".
            await page.GotoAsync("/Sharing/CaseFiles");
            await page.GetByTestId("import-case").KeyboardClickAsync();
            await page.GetByTestId("import-key").KeyboardFillAsync($"  {firstKey.ToLowerInvariant()}\n");
            await page.GetByTestId("import-ok").KeyboardClickAsync();
            await Expect(page.GetByTestId("case-title")).ToHaveTextAsync($"{lastName} Claire");
            await Expect(page.GetByTestId("case-notes")).ToHaveTextAsync("Client depuis 2019");
            await page.GotoAsync("/Sharing/CaseFiles");
            await Expect(page.Locator("[data-testid=case-row]", new() { HasText = lastName }).GetByTestId("imported-badge")).ToBeVisibleAsync();

            // The key works once.
            await page.GotoAsync("/Sharing/Import");
            await page.GetByTestId("import-key").KeyboardFillAsync(firstKey);
            await page.GetByTestId("import-ok").KeyboardClickAsync();
            await Expect(page.GetByTestId("import-error")).ToHaveTextAsync("Clé déjà utilisée pour importer un fichier");

            // No summary on this form: the field in error has the focus and names its message.
            var keyField = page.GetByTestId("import-key");
            await Expect(keyField).ToBeFocusedAsync();
            await Expect(keyField).ToHaveAttributeAsync("aria-invalid", "true");
            var describedBy = (await keyField.GetAttributeAsync("aria-describedby"))!.Split(' ');
            Assert.Equal("key-help", describedBy[0]);
            await Expect(page.Locator($"#{describedBy[1]}")).ToHaveTextAsync("Clé déjà utilisée pour importer un fichier");

            // agent2 edits the file and shares it back.
            await page.GotoAsync("/Sharing/CaseFiles");
            await page.Locator("[data-testid=case-row]", new() { HasText = lastName }).GetByTestId("open-case").KeyboardClickAsync();
            await page.GetByTestId("edit-case").KeyboardClickAsync();
            await page.Locator("[name='Input.Notes']").KeyboardFillAsync("Sinistre déclaré le 20 novembre");
            await page.GetByTestId("save-case").KeyboardClickAsync();
            await Expect(page.GetByTestId("case-notes")).ToHaveTextAsync("Sinistre déclaré le 20 novembre");
            await page.GetByTestId("share-case").KeyboardClickAsync();
            await page.GetByTestId("copy-key").KeyboardClickAsync();
            keyBack = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
            Assert.Equal(await page.GetByTestId("share-key").InputValueAsync(), keyBack);
            Assert.Empty(agent2.Problems);
        });

        await agent1.RunAsync(async page =>
        {
            // agent1 imports the file they already have: the seed's question, and what would be erased.
            await page.GotoAsync("/Sharing/Import");
            await page.GetByTestId("import-key").KeyboardFillAsync(keyBack);
            await page.GetByTestId("import-ok").KeyboardClickAsync();
            await Expect(page.GetByTestId("overwrite-question")).ToHaveTextAsync(OverwriteQuestion);
            var erased = await page.GetByTestId("erased-item").AllInnerTextsAsync();
            Assert.Contains("Notes", erased);
            Assert.Contains("Section « Suivi agent1 »", erased);

            await page.GetByTestId("confirm-overwrite").KeyboardClickAsync();
            await Expect(page.GetByTestId("case-notes")).ToHaveTextAsync("Sinistre déclaré le 20 novembre");
            await Expect(page.GetByTestId("case-section")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=history-entry][data-kind=Overwritten]")).ToHaveCountAsync(1);

            // The erased version comes back.
            await page.GetByTestId("restore-point").GetByTestId("restore").KeyboardClickAsync();
            await Expect(page.GetByTestId("case-notes")).ToHaveTextAsync("Client depuis 2019");
            await Expect(page.GetByTestId("case-section")).ToContainTextAsync("Suivi agent1");
            await Expect(page.Locator("[data-testid=history-entry][data-kind=Restored]")).ToHaveCountAsync(1);
            Assert.Empty(agent1.Problems);
        });
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.Locator("#Input_Email").KeyboardFillAsync(email);
        await page.Locator("#Input_Password").KeyboardFillAsync(DemoPassword);
        await page.GetByTestId("login-submit").KeyboardClickAsync();
        await Expect(page.GetByTestId("account-link")).ToBeVisibleAsync();
    }
}
