using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Infrastructure;

/// <summary>The journeys' keyboard driver refuses what a keyboard user could not do.</summary>
public sealed class KeyboardOnlyTests(ChromiumFixture chromium)
{
    private const string Form = """
        <!doctype html><html lang="fr"><body>
        <a href="#top">Haut</a>
        <input id="name" aria-label="Nom">
        <fieldset><legend>Forme</legend>
          <input type="radio" name="form" id="drawn" value="Drawn" checked aria-label="Dessinée">
          <input type="radio" name="form" id="scanned" value="Scanned" aria-label="Image">
        </fieldset>
        <select id="level" aria-label="Niveau"><option value="Read">Lecture</option><option value="Write">Écriture</option></select>
        <button id="ok" onclick="this.textContent = 'Fait'">Valider</button>
        <div id="fake" onclick="this.textContent = 'Fait'">Faux bouton</div>
        <button id="removed" tabindex="-1">Hors de l'ordre</button>
        </body></html>
        """;

    [Fact]
    public async Task Controls_are_reached_with_Tab_and_used_with_their_keys()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(Form);

        await page.Locator("#ok").KeyboardClickAsync();
        await page.Locator("#name").KeyboardFillAsync("Dupont");
        await page.Locator("#scanned").KeyboardClickAsync();
        await page.Locator("#level").KeyboardSelectAsync("Écriture");

        await Expect(page.Locator("#ok")).ToHaveTextAsync("Fait");
        await Expect(page.Locator("#name")).ToHaveValueAsync("Dupont");
        await Expect(page.Locator("#scanned")).ToBeCheckedAsync();
        await Expect(page.Locator("#level")).ToHaveValueAsync("Write");
    }

    [Fact]
    public async Task A_control_out_of_the_tab_order_fails_the_journey()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(Form);

        await Assert.ThrowsAsync<InvalidOperationException>(() => page.Locator("#removed").KeyboardClickAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => page.Locator("#fake").KeyboardClickAsync());
        await Expect(page.Locator("#fake")).ToHaveTextAsync("Faux bouton");
    }
}
