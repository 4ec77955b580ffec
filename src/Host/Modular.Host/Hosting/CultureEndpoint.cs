using Microsoft.AspNetCore.Localization;

namespace Modular.Host.Hosting;

internal static class CultureEndpoint
{
    /// <summary>Remembers the chosen language for a year and goes back to the page the person was on.</summary>
    public static IResult Switch(HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl)
    {
        var chosen = CultureConfiguration.Supported.FirstOrDefault(c => c.Name == culture || c.TwoLetterISOLanguageName == culture)
            ?? CultureConfiguration.Supported[0];
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax, Path = "/" });
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
        return Results.LocalRedirect(target);
    }
}
