using Microsoft.Playwright;
using Modular.EndToEndTests.Infrastructure;
using Modular.Tests.Shared;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;
using static Microsoft.Playwright.Assertions;

namespace Modular.EndToEndTests.Identity;

public sealed class MfaEnrolmentTests(ChromiumFixture chromium, KestrelHostFixture host)
{
    private const string DemoPassword = "Demo-Passw0rd!";
    private const string Email = "mfa.browser@demo.test";
    private const string WrongCodeMessage = "Ce code ne correspond pas. La clé n'a pas changé : vérifiez l'heure de votre téléphone, puis saisissez le code que l'application affiche maintenant.";

    [Fact]
    public async Task A_person_scans_the_QR_code_mistypes_a_code_then_enrols_with_the_first_key_and_stays_signed_in_elsewhere_until_then()
    {
        var temporaryPassword = await CreateAgentAsync(Email);
        await using var enrolling = await BrowserSession.OpenAsync(chromium, host);
        await using var elsewhere = await BrowserSession.OpenAsync(chromium, host);
        await enrolling.RunAsync(async page =>
        {
            await page.GotoAsync("/Identity/Account/Login");
            await SignInAsync(page, Email, temporaryPassword);
            await page.Locator("#Input_CurrentPassword").KeyboardFillAsync(temporaryPassword);
            await page.Locator("#Input_NewPassword").KeyboardFillAsync(DemoPassword);
            await page.Locator("#Input_ConfirmPassword").KeyboardFillAsync(DemoPassword);
            await page.Locator("main form button[type=submit]").KeyboardClickAsync();
            await Expect(page.GetByTestId("welcome")).ToBeVisibleAsync();

            // The same person is also signed in on another browser.
            await elsewhere.Page.GotoAsync("/Identity/Account/Login");
            await SignInAsync(elsewhere.Page, Email, DemoPassword);
            await Expect(elsewhere.Page.GetByTestId("welcome")).ToBeVisibleAsync();

            await page.GotoAsync("/Identity/Account/Manage/TwoFactor");
            await page.GetByRole(AriaRole.Button, new() { Name = "Activer avec une application d'authentification" }).KeyboardClickAsync();

            // The QR code is drawn by the server, named for those who cannot see it, and holds the key shown for typing.
            var qr = page.GetByRole(AriaRole.Img, new() { Name = "QR code à scanner avec l'application d'authentification" });
            await Expect(qr).ToBeVisibleAsync();
            var firstKey = (await page.GetByTestId("mfa-key").TextContentAsync())!;
            var address = await ReadQrCodeAsync(qr);
            Assert.Equal($"otpauth://totp/Modular:{Uri.EscapeDataString(Email)}?secret={firstKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()}&issuer=Modular&digits=6", address);
            await Expect(page.GetByTestId("mfa-other-sessions")).ToBeVisibleAsync();
            await ExpectStillSignedInAsync(elsewhere.Page);

            await page.GetByLabel("Code de vérification").KeyboardFillAsync(CodeNotFrom(firstKey));
            await page.GetByTestId("mfa-confirm").KeyboardClickAsync();

            await Expect(page.GetByTestId("mfa-manage-error")).ToHaveTextAsync(WrongCodeMessage);
            await Expect(page.GetByTestId("mfa-key")).ToHaveTextAsync(firstKey);
            Assert.Equal(address, await ReadQrCodeAsync(qr));
            await ExpectStillSignedInAsync(elsewhere.Page);

            await enrolling.ScreenshotAsync("mfa-enrolment-1280");
            await page.SetViewportSizeAsync(390, 844);
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the enrolment page should fit a 390 px wide screen");
            await Expect(qr).ToBeInViewportAsync(new() { Ratio = 1 });
            await enrolling.ScreenshotAsync("mfa-enrolment-390");
            await page.SetViewportSizeAsync(1280, 900);

            // The code the app computes from the first key it was given.
            await page.GetByLabel("Code de vérification").KeyboardFillAsync(Totp.Code(firstKey));
            await page.GetByTestId("mfa-confirm").KeyboardClickAsync();

            await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
            await Expect(page.GetByTestId("mfa-status")).ToBeVisibleAsync();
            // As the page said, the completed enrolment ends the other sessions.
            await elsewhere.Page.GotoAsync("/");
            await Expect(elsewhere.Page.GetByTestId("sign-in")).ToBeVisibleAsync();
            Assert.Empty(enrolling.Problems);
            Assert.Empty(elsewhere.Problems);
        });
    }

    private static async Task ExpectStillSignedInAsync(IPage page)
    {
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("welcome")).ToBeVisibleAsync();
    }

    /// <summary>Reads the QR code as a phone's camera would: the browser draws it, ZXing decodes the pixels.</summary>
    private static async Task<string> ReadQrCodeAsync(ILocator qr)
    {
        const int Size = 400;
        var gray = await qr.EvaluateAsync<int[]>(
            """
            async (svg, size) => {
                // Sized copy: an SVG image with a viewBox alone would be drawn at a default 300 x 150.
                const copy = svg.cloneNode(true);
                copy.setAttribute('width', size);
                copy.setAttribute('height', size);
                const image = new Image();
                image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(copy));
                await image.decode();
                const canvas = document.createElement('canvas');
                canvas.width = size;
                canvas.height = size;
                const context = canvas.getContext('2d');
                context.fillStyle = '#fff';
                context.fillRect(0, 0, size, size);
                context.drawImage(image, 0, 0, size, size);
                const rgba = context.getImageData(0, 0, size, size).data;
                const gray = new Array(size * size);
                for (let i = 0; i < gray.length; i++) {
                    gray[i] = Math.round((rgba[4 * i] + rgba[4 * i + 1] + rgba[4 * i + 2]) / 3);
                }
                return gray;
            }
            """,
            Size);
        var pixels = gray.Select(value => (byte)value).ToArray();
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, Size, Size, RGBLuminanceSource.BitmapFormat.Gray8)));
        var result = new QRCodeReader().decode(bitmap);
        Assert.NotNull(result);
        return result.Text;
    }

    /// <summary>A six-digit code that the key gives at no moment the server accepts (a few steps either side of now).</summary>
    private static string CodeNotFrom(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-4, 9).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(n => new string((char)('0' + n), 6)).First(code => !valid.Contains(code));
    }

    /// <summary>An administrator creates the account in the back office; returns its temporary password.</summary>
    private async Task<string> CreateAgentAsync(string email)
    {
        await using var admin = await BrowserSession.OpenAsync(chromium, host);
        var password = "";
        await admin.RunAsync(async page =>
        {
            await page.GotoAsync("/Identity/Account/Login");
            await SignInAsync(page, "admin@demo.test", DemoPassword);
            await Expect(page.GetByTestId("account-link")).ToBeVisibleAsync();

            await page.GotoAsync("/Admin/Users/Create");
            await page.Locator("#Input_DisplayName").KeyboardFillAsync("Camille Double");
            await page.Locator("#Input_Email").KeyboardFillAsync(email);
            await page.Locator("#Input_Role").KeyboardSelectAsync("Agent");
            await page.Locator("#Input_OrganisationId").KeyboardSelectAsync("Cabinet Démo");
            await page.Locator("main form button[type=submit]").KeyboardClickAsync();

            await Expect(page.GetByTestId("temporary-password")).ToBeVisibleAsync();
            password = await page.GetByTestId("temporary-password").InputValueAsync();
        });
        return password;
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.Locator("#Input_Email").KeyboardFillAsync(email);
        await page.Locator("#Input_Password").KeyboardFillAsync(password);
        await page.GetByTestId("login-submit").KeyboardClickAsync();
    }
}
