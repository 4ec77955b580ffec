using Modular.EndToEndTests.Infrastructure;

namespace Modular.EndToEndTests.Pages;

/// <summary>The page audit's RGAA checks pass a page that meets them and name each criterion a page misses.</summary>
public sealed class RgaaChecksTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task A_French_page_with_its_title_and_one_main_heading_passes()
    {
        var findings = await CheckAsync("""<!doctype html><html lang="fr"><head><title>Mes dossiers · Modular</title></head><body><h1>Mes dossiers</h1><h2>Récents</h2></body></html>""");

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("""<!doctype html><html lang="en"><head><title>Mes dossiers · Modular</title></head><body><h1>Mes dossiers</h1></body></html>""", "RGAA 8.3")]
    [InlineData("""<!doctype html><html><head><title>Mes dossiers · Modular</title></head><body><h1>Mes dossiers</h1></body></html>""", "RGAA 8.3")]
    [InlineData("""<!doctype html><html lang="fr"><head><title> · Modular</title></head><body><h1>Mes dossiers</h1></body></html>""", "RGAA 8.5")]
    [InlineData("""<!doctype html><html lang="fr"><head><title>Modular</title></head><body><h1>Mes dossiers</h1></body></html>""", "RGAA 8.5")]
    [InlineData("""<!doctype html><html lang="fr"><head><title>Mes dossiers · Modular</title></head><body><h2>Mes dossiers</h2></body></html>""", "RGAA 9.1")]
    [InlineData("""<!doctype html><html lang="fr"><head><title>Mes dossiers · Modular</title></head><body><h1>Mes dossiers</h1><h1>Récents</h1></body></html>""", "RGAA 9.1")]
    public async Task A_page_that_misses_a_criterion_is_reported_with_it(string html, string criterion)
    {
        var findings = await CheckAsync(html);

        var finding = Assert.Single(findings);
        Assert.Contains(criterion, finding, StringComparison.Ordinal);
        Assert.StartsWith("test page: ", finding, StringComparison.Ordinal);
    }

    private async Task<List<string>> CheckAsync(string html)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html);
        var findings = new List<string>();
        await PageAuditTests.CheckRgaaAsync(page, "test page", findings);
        return findings;
    }
}
