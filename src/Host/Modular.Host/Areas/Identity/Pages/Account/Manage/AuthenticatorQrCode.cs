using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using QRCoder;

namespace Modular.Host.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// The authenticator's otpauth address as a QR code, drawn on the server as inline SVG markup: no
/// script, no image request and no inline style, so the page's Content-Security-Policy needs nothing more.
/// </summary>
internal static class AuthenticatorQrCode
{
    /// <param name="label">What the code is, for those who cannot see it (the key is also written beside it).</param>
    public static IHtmlContent Svg(string authenticatorUri, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(authenticatorUri, QRCodeGenerator.ECCLevel.M);
        using var code = new SvgQRCode(data);

        // One unit per module in a viewBox: the stylesheet sizes it; the quiet zone keeps it readable on any background.
        var svg = code.GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var name = HtmlEncoder.Default.Encode(label);
        return new HtmlString(svg.Replace(
            "<svg ",
            $"<svg role=\"img\" aria-label=\"{name}\" focusable=\"false\" data-testid=\"mfa-qr\" ",
            StringComparison.Ordinal));
    }
}
