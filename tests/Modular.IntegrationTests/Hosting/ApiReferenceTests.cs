using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

/// <summary>The browsable API reference: every endpoint with its success answers, paths as callers write them, in the page's language.</summary>
public sealed class ApiReferenceTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public async Task Every_endpoint_shows_a_success_answer_and_a_path_without_route_constraints()
    {
        using var visitor = new BrowserSession(factory);
        var (_, page) = await visitor.GetAsync("/ApiReference");
        var rows = page.QuerySelectorAll("[data-testid=endpoint-row]");

        Assert.True(rows.Length >= 20, $"only {rows.Length} endpoints listed");
        Assert.All(rows, row =>
        {
            var path = row.GetAttribute("data-path")!;
            Assert.DoesNotContain(':', path);
            Assert.False(path.EndsWith('/'), path);
            var responses = row.QuerySelector("[data-testid=endpoint-responses]")!.TextContent.Split(", ", StringSplitOptions.RemoveEmptyEntries);
            Assert.True(responses.Any(r => r.StartsWith('2')), $"{row.GetAttribute("data-method")} {path} documents no success: {string.Join(", ", responses)}");
        });

        var file = rows.Single(r => r.GetAttribute("data-path") == "/api/v1/vault/download-links/{token}/files/{documentId}");
        Assert.Equal("Aucun jeton : le lien et son code (ou sa session) sont le secret", file.QuerySelector("[data-testid=endpoint-scope]")!.TextContent);
        Assert.Equal("Un fichier d'une session de téléchargement ouverte (reprise possible)", file.QuerySelector("[data-testid=endpoint-summary]")!.TextContent);
    }

    [Fact]
    public async Task In_english_the_descriptions_are_in_english()
    {
        using var visitor = new BrowserSession(factory);
        var (_, page) = await visitor.GetAsync("/ApiReference?culture=en-GB");

        var redeem = page.QuerySelectorAll("[data-testid=endpoint-row]").Single(r => r.GetAttribute("data-path") == "/api/v1/vault/download-links/{token}/redeem");
        Assert.Equal("Gives the code of a link: the first right code opens a 30-minute download session", redeem.QuerySelector("[data-testid=endpoint-summary]")!.TextContent);
        Assert.Equal("No token: the link and its code (or its session) are the secret", redeem.QuerySelector("[data-testid=endpoint-scope]")!.TextContent);
    }
}
