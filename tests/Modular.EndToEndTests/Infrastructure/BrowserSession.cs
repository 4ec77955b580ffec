using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Modular.EndToEndTests.Infrastructure;

/// <summary>
/// One test's browser context and page against the Host. It records what a person would not see
/// but a broken page shows in the console (CSP refusals, script errors, failed requests), and
/// keeps a screenshot of the page when the scenario fails.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error on {message.Location}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Record($"script error: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A load the browser cancelled because the page moved on (a click navigating while a
            // script still loads) is no failure of the Host; a missing file answers 404, which is seen.
            if (request.Failure != "net::ERR_ABORTED")
            {
                Record($"request failed: {request.Method} {request.Url} ({request.Failure})");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors, script errors and failed requests seen so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <param name="permissions">Browser permissions granted to the Host's pages, e.g. "clipboard-read".</param>
    public static async Task<BrowserSession> OpenAsync(ChromiumFixture chromium, KestrelHostFixture host, params string[] permissions)
    {
        ArgumentNullException.ThrowIfNull(chromium);
        ArgumentNullException.ThrowIfNull(host);
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true, // the Host's certificate is self-signed for the run
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Permissions = permissions,
        });
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    /// <summary>Session cookies the browser holds for the Host.</summary>
    public Task<IReadOnlyList<BrowserContextCookiesResult>> CookiesAsync() => _context.CookiesAsync();

    /// <summary>Runs the scenario; on failure saves a screenshot, prints its path and rethrows.</summary>
    public async Task RunAsync(Func<IPage, Task> scenario, [CallerMemberName] string name = "")
    {
        ArgumentNullException.ThrowIfNull(scenario);
        try
        {
            await scenario(Page);
        }
        catch
        {
            var path = await TryScreenshotAsync(name);
            var line = path is null
                ? $"[{name}] failed; no screenshot could be taken."
                : $"[{name}] failed at {Page.Url}; screenshot: {path}";
            TestContext.Current.TestOutputHelper?.WriteLine(line);
            await Console.Error.WriteLineAsync(line);
            if (Problems.Count > 0)
            {
                TestContext.Current.TestOutputHelper?.WriteLine("Browser problems:" + Environment.NewLine + string.Join(Environment.NewLine, Problems));
            }

            throw;
        }
    }

    /// <summary>Saves a full-page screenshot under the artifacts folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Artifacts.NewPath(name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    private async Task<string?> TryScreenshotAsync(string name)
    {
        try
        {
            return await ScreenshotAsync(name);
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    private void Record(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
