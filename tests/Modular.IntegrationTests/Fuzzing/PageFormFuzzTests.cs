using System.Net;
using System.Text;
using CsCheck;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Vault;
using Modular.Tests.Shared;

namespace Modular.IntegrationTests.Fuzzing;

/// <summary>
/// The pages' form posts fed the same generated multipart bodies as the API's uploads, for a bounded
/// time: the sign-in page (anonymous) and a folder's upload (signed in, with its own form limits).
/// Every answer is a page below 500, and the Host still serves the person afterwards.
/// </summary>
public sealed class PageFormFuzzTests(ModularHostFactory factory) : IClassFixture<ModularHostFactory>
{
    [Fact]
    public async Task No_posted_form_gets_a_server_error()
    {
        using var agent = new BrowserSession(factory);
        Assert.True(BrowserSession.IsRedirect(await agent.SignInAsync("agent1@demo.test")), "sign-in failed");
        var folder = await VaultPagesTests.CreateFolderAsync(agent, VaultPagesTests.Unique("Fuzz"));
        using var visitor = new BrowserSession(factory);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

        foreach (var (session, url) in new[] { (visitor, "/Identity/Account/Login"), (agent, $"/Vault/Folders/Upload/{folder}") })
        {
            var statuses = new Dictionary<int, int>();
            await MultipartFuzzTests.Body(pdf).SampleAsync(
                async body =>
                {
                    using var content = new ByteArrayContent(body.Bytes);
                    content.Headers.TryAddWithoutValidation("Content-Type", body.ContentType);
                    using var response = await session.Client.PostAsync(new Uri(url, UriKind.Relative), content, BrowserSession.Ct);
                    var status = (int)response.StatusCode;
                    lock (statuses)
                    {
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    }

                    Assert.True(status < 500, $"{status} for {body.ContentType}: {await response.Content.ReadAsStringAsync(BrowserSession.Ct)}");
                },
                TestContext.Current.TestOutputHelper is { } output ? output.WriteLine : null,
                threads: 1,
                time: MultipartFuzzTests.Seconds,
                print: b => $"{b.ContentType} ({b.Bytes.Length} bytes): {Encoding.Latin1.GetString(b.Bytes, 0, Math.Min(300, b.Bytes.Length))}");
            TestContext.Current.TestOutputHelper?.WriteLine($"{url}: {string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key} × {p.Value}"))}");
        }

        var (details, page) = await agent.GetAsync(VaultPagesTests.FolderUrl(folder));
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-testid=no-documents]"));
    }
}
