using System.Net;
using System.Text;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Vault;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Hosting;

/// <summary>
/// A form post whose multipart body ASP.NET Core's form reader throws on (a part header ending with a
/// bare <c>filename*</c>) gets the « Requête invalide » page with a 400, on every kind of page, signed
/// in or not: never a bare 500 from an error page that read the broken form again.
/// </summary>
public sealed class UnreadableFormTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    /// <summary>A part header ending with a bare <c>filename*</c>; one whose <c>filename*</c>, or MIME-encoded <c>filename</c>, is in UTF-7, which .NET no longer decodes.</summary>
    private static readonly string[] Bodies =
    [
        "--BB\r\nContent-Disposition: form-data; name=\"file\"; filename*\r\n\r\nx\r\n--BB--\r\n",
        "--BB\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-7''re%C3%A7u.pdf\r\n\r\nx\r\n--BB--\r\n",
        "--BB\r\nContent-Disposition: form-data; name=\"file\"; filename=\"=?utf-7?B?cmVjdS5wZGY=?=\"\r\n\r\nx\r\n--BB--\r\n",
    ];

    [Theory]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/depot/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/culture")]
    [InlineData("/Error")]
    public async Task An_anonymous_post_is_a_bad_request_page(string url)
    {
        using var visitor = new BrowserSession(factory);

        await ExpectBadRequestPageAsync(visitor, url, "Requête invalide");
        await ExpectBadRequestPageAsync(visitor, url, "Bad request", english: true);
    }

    [Fact]
    public async Task A_signed_in_upload_is_a_bad_request_page_and_nothing_is_stored()
    {
        using var agent = new BrowserSession(factory);
        Assert.True(BrowserSession.IsRedirect(await agent.SignInAsync("agent1@demo.test")), "sign-in failed");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Formulaire illisible"));

        await ExpectBadRequestPageAsync(agent, $"/Vault/Folders/Upload/{folder}", "Requête invalide");

        var (details, page) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-testid=no-documents]"));
    }

    private static async Task ExpectBadRequestPageAsync(BrowserSession session, string url, string title, bool english = false)
    {
        foreach (var body in Bodies)
        {
            await ExpectBadRequestPageAsync(session, url, title, body, english);
        }
    }

    private static async Task ExpectBadRequestPageAsync(BrowserSession session, string url, string title, string body, bool english)
    {
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=BB");
        using var response = await session.Client.PostAsync(new Uri(english ? url + "?culture=en-GB" : url, UriKind.Relative), content, BrowserSession.Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await BrowserSession.ParseAsync(response);
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("code"));
    }
}
