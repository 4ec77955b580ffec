using Microsoft.Playwright;

namespace Modular.EndToEndTests.Infrastructure;

/// <summary>A page as a desktop (1280 px) and a phone (390 px) show it: a screenshot at each width, and no sideways scrolling on the phone.</summary>
internal static class ResponsiveScreens
{
    public const int Desktop = 1280;
    public const int Phone = 390;

    private const string OverflowingElements = """
        limit => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > limit && ![...e.children].some(c => c.getBoundingClientRect().right > limit))
            .slice(0, 5)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`)
        """;

    /// <summary>Saves full-page screenshots of the page at both widths, checks it fits the phone's width, and goes back to the desktop width.</summary>
    public static async Task CaptureAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.SetViewportSizeAsync(Desktop, 900);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.NewPath($"{name}-{Desktop}"), FullPage = true });

        await page.SetViewportSizeAsync(Phone, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.NewPath($"{name}-{Phone}"), FullPage = true });
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (width > Phone)
        {
            // Name the widest elements that stick out, so the failure says what to fix.
            var wide = await page.EvaluateAsync<string[]>(OverflowingElements, Phone);
            Assert.Fail($"{name} is {width} px wide on a {Phone} px screen: it scrolls sideways; sticking out: {string.Join("; ", wide)}");
        }

        await page.SetViewportSizeAsync(Desktop, 900);
    }
}
