using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using Modular.EndToEndTests.Vault;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Pages;

/// <summary>
/// Every page of the journeys, as each role sees it, at a desktop's width and a phone's: no
/// critical or serious accessibility violation (axe, WCAG 2 A and AA), and no page wider than the
/// window. A screenshot of each is kept with the run's artifacts.
/// </summary>
public sealed class PageAuditTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    private static readonly (int Width, int Height, string Name)[] Viewports = [(1280, 900, "desktop"), (390, 844, "phone")];

    [Fact]
    public async Task Every_journey_page_has_no_serious_accessibility_violation_and_fits_a_phone()
    {
        var findings = new List<string>();
        var folder = await PrepareFolderAsync();

        await AuditAsync(null, ["/", "/Identity/Account/Login", "/ApiReference"], findings);
        await AuditAsync("agent1@demo.test",
        [
            "/", "/Sharing/CaseFiles", "/Sharing/ShareKeys", "/Vault", "/Vault/People", "/Vault/People/Edit",
            $"/Vault/Folders/Details/{folder}", $"/Vault/Folders/Access/{folder}", $"/Vault/Folders/Link/{folder}",
            "/Identity/Account/Manage", "/Identity/Account/Manage/TwoFactor",
        ], findings);
        await AuditAsync("admin@demo.test",
        [
            "/Admin", "/Admin/Users", "/Admin/Users/Create", "/Admin/ApiClients", "/Admin/Notifications/Messages", "/Admin/Notifications/Templates",
        ], findings);

        Assert.True(findings.Count == 0, "Pages that fail:" + Environment.NewLine + string.Join(Environment.NewLine, findings));
    }

    private async Task AuditAsync(string? email, IReadOnlyList<string> paths, List<string> findings)
    {
        foreach (var (width, height, name) in Viewports)
        {
            await using var session = await BrowserSession.OpenAsync(chromium, host);
            await session.RunAsync(async page =>
            {
                if (email is not null)
                {
                    await VaultJourney.SignInAsync(page, email);
                }

                // Signed in at a desktop's width (the phone's menu folds the account link away).
                await page.SetViewportSizeAsync(width, height);

                foreach (var path in paths)
                {
                    var response = await page.GotoAsync(path);
                    var who = email ?? "anonymous";
                    if (response is null || !response.Ok)
                    {
                        findings.Add($"{who} {name} {path}: HTTP {response?.Status}");
                        continue;
                    }

                    await session.ScreenshotAsync($"{name}-{who.Split('@')[0]}-{path}");
                    var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                    if (scrollWidth > width)
                    {
                        var widest = await page.EvaluateAsync<string[]>(
                            "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1)).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right))",
                            width);
                        findings.Add($"{who} {name} {path}: {scrollWidth} px wide in a {width} px window, past it: {string.Join(", ", widest)}");
                    }

                    var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
                    foreach (var violation in axe.Violations.Where(v => v.Impact is "critical" or "serious"))
                    {
                        var targets = string.Join("; ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()));
                        findings.Add($"{who} {name} {path}: {violation.Impact} {violation.Id} ({violation.Nodes.Length}) at {targets}");
                    }
                }
            }, $"audit-{name}-{email ?? "anonymous"}");
        }
    }

    /// <summary>A folder of agent1 with a document and a download link, so that its pages show their tables.</summary>
    private async Task<string> PrepareFolderAsync()
    {
        await using var agent = await BrowserSession.OpenAsync(chromium, host);
        string folder = "";
        await agent.RunAsync(async page =>
        {
            await VaultJourney.SignInAsync(page, "agent1@demo.test");
            await page.GotoAsync("/Vault");
            await page.GetByTestId("folder-name").FillAsync("Audit des pages " + Guid.NewGuid().ToString("N")[..6]);
            await page.GetByTestId("create-folder").ClickAsync();
            await page.GetByTestId("upload-files").SetInputFilesAsync(
                [new FilePayload { Name = "attestation d'assurance habitation 2026.pdf", MimeType = "application/pdf", Buffer = VaultJourney.Pdf("Attestation") }]);
            await page.GetByTestId("upload-submit").ClickAsync();
            await Expect(page.GetByTestId("document-row")).ToHaveCountAsync(1);
            folder = page.Url.Split('/')[^1].Split('?')[0];
            await page.GetByTestId("download-link").ClickAsync();
            await page.GetByTestId("link-document").Nth(0).CheckAsync();
            await page.GetByTestId("link-recipient").FillAsync("destinataire.tres.long.nom@exemple-de-domaine.test");
            await page.GetByTestId("link-create").ClickAsync();
            await Expect(page.GetByTestId("link-code-shown")).ToBeVisibleAsync();
        });
        return folder;
    }
}
