using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Vault;

/// <summary>What the vault's browser journeys share: signing in, a small PDF, and the emails in maildev.</summary>
internal static class VaultJourney
{
    public const string DemoPassword = "Demo-Passw0rd!";

    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    public static string? Subject(JsonElement email) => email.GetProperty("subject").GetString();

    public static bool IsTo(JsonElement email, string address) =>
        email.GetProperty("to").EnumerateArray().Any(to => string.Equals(to.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase));

    public static bool Mentions(JsonElement email, string text) =>
        (Subject(email) ?? "").Contains(text, StringComparison.OrdinalIgnoreCase)
        || (email.TryGetProperty("text", out var body) && (body.GetString() ?? "").Contains(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first email maildev holds that matches, waiting for it up to <see cref="MailTimeout"/>.</summary>
    public static async Task<JsonElement> WaitForEmailAsync(KestrelHostFixture host, Func<JsonElement, bool> match)
    {
        var until = DateTime.UtcNow + MailTimeout;
        while (true)
        {
            var emails = await host.Mail.EmailsAsync();
            if (emails.FirstOrDefault(match) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < until, $"No matching email in maildev after {MailTimeout.TotalSeconds} s; it holds: {string.Join(" | ", emails.Select(Subject))}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A small well-formed one-page PDF (catalog, pages, page, info, cross-reference table).</summary>
    public static byte[] Pdf(string title)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Title ({title}) >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.Locator("#Input_Email").KeyboardFillAsync(email);
        await page.Locator("#Input_Password").KeyboardFillAsync(DemoPassword);
        await page.GetByTestId("login-submit").KeyboardClickAsync();
        await Expect(page.GetByTestId("account-link")).ToBeVisibleAsync();
    }
}
