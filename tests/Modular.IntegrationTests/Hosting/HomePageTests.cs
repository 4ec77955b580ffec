using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

/// <summary>The home page and top menu show each person the modules they can use, and lead to them.</summary>
public sealed class HomePageTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Theory]
    [InlineData("agent1@demo.test", "Sharing=/Sharing/CaseFiles,Vault=/Vault,PortalCompanies=/Portal/Companies")]
    [InlineData("external@demo.test", "Guest=/Guest")]
    [InlineData("admin@demo.test", "Portfolio=/Portfolio,Admin=/Admin")]
    public async Task Each_role_sees_the_cards_of_its_modules_linking_to_them(string email, string expected)
    {
        using var browser = new BrowserSession(factory);
        Assert.True(BrowserSession.IsRedirect(await browser.SignInAsync(email)), "sign-in failed");

        var (_, home) = await browser.GetAsync("/");

        var cards = home.QuerySelectorAll("[data-testid=module-card]")
            .Select(c => $"{c.GetAttribute("data-module")}={c.QuerySelector<IHtmlAnchorElement>("a")?.GetAttribute("href")}");
        Assert.Equal(expected, string.Join(",", cards));
        Assert.DoesNotContain(home.QuerySelectorAll("#main-nav a"), a => a.GetAttribute("href") == "/ApiReference");
        Assert.Contains(home.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/ApiReference");
    }

    [Fact]
    public async Task Before_signing_in_the_cards_say_what_the_product_offers_without_links()
    {
        using var visitor = new BrowserSession(factory);
        var (_, home) = await visitor.GetAsync("/");

        Assert.Equal(["Sharing", "Vault", "Portal", "Portfolio"], home.QuerySelectorAll("[data-testid=module-card]").Select(c => c.GetAttribute("data-module")));
        Assert.Empty(home.QuerySelectorAll("[data-testid=module-card] a"));
    }

    [Fact]
    public async Task The_sign_in_page_of_a_development_machine_lists_the_demo_accounts()
    {
        using var visitor = new BrowserSession(factory);
        var (_, login) = await visitor.GetAsync("/Identity/Account/Login");

        var demo = login.QuerySelector("[data-testid=demo-accounts]")!.TextContent;
        Assert.Contains("agent1@demo.test", demo, StringComparison.Ordinal);
        Assert.Contains("Demo-Passw0rd!", demo, StringComparison.Ordinal);
    }
}
