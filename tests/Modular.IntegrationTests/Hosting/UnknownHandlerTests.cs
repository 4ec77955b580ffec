using System.Net;
using AngleSharp.Html.Dom;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Vault;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

/// <summary>A form post to a handler the page does not have: a bad request, never a page rendered half-way (500).</summary>
public sealed class UnknownHandlerTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("?handler=Nope")]
    public async Task A_post_with_a_valid_token_but_no_such_handler_is_a_bad_request(string query)
    {
        using var agent = new BrowserSession(factory);
        Assert.True(BrowserSession.IsRedirect(await agent.SignInAsync("agent1@demo.test")), "sign-in failed");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Sans gestionnaire"));
        var url = $"/Vault/Folders/Access/{folder}";
        var (_, page) = await agent.GetAsync(url);
        var form = page.Forms.OfType<IHtmlFormElement>().First(f => f.QuerySelector("input[name=__RequestVerificationToken]") is not null);

        var response = await agent.SubmitFormAsync(page, form, new Dictionary<string, string>(), target: url + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
