using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Hosting;

/// <summary>
/// Every list that pages, asked for pages and sizes at the ends of what an int holds: an answer
/// (the last possible page is simply empty), never a 500 from an overflowing skip.
/// </summary>
public sealed class ExtremePagingTests(SharingApiHost host) : IClassFixture<SharingApiHost>
{
    public static TheoryData<string> ApiLists() => ["/api/v1/sharing/cases", "/api/v1/sharing/share-keys"];

    public static TheoryData<string> AdminLists() => ["/Admin/Users", "/Admin/Notifications/Messages"];

    private static readonly string[] Extremes = ["page=2147483647", "page=2147483647&pageSize=2147483647", "page=-2147483648&pageSize=-1", "page=0&pageSize=0"];

    [Theory]
    [MemberData(nameof(ApiLists))]
    public async Task An_api_list_answers_any_page_and_size(string list)
    {
        using var agent = await host.CallerAsync("agent1@demo.test");
        foreach (var query in Extremes)
        {
            using var response = await agent.GetAsync($"{list}?{query}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{list}?{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(BrowserSession.Ct)}");
            var page = await Tokens.JsonAsync(response);
            Assert.InRange(page.GetProperty("pageSize").GetInt32(), 1, 100);
            Assert.InRange(page.GetProperty("page").GetInt32(), 1, int.MaxValue / 100);
        }
    }

    [Theory]
    [MemberData(nameof(AdminLists))]
    public async Task A_back_office_list_answers_any_page(string list)
    {
        using var admin = new BrowserSession(host);
        Assert.True(BrowserSession.IsRedirect(await admin.SignInAsync("admin@demo.test")), "sign-in failed");
        foreach (var query in (string[])["PageNumber=2147483647", "PageNumber=-2147483648", "PageNumber=0"])
        {
            var (response, _) = await admin.GetAsync($"{list}?{query}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{list}?{query}: {(int)response.StatusCode}");
        }
    }
}
