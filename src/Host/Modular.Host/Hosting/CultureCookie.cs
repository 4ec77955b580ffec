using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Modular.Host.Hosting;

/// <summary>The cookie that carries a person's language from page to page.</summary>
internal static class CultureCookie
{
    public static void Append(HttpContext context, CultureInfo culture) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax, Path = "/" });

    /// <summary>After a sign-in: pages follow the account's language, whatever this browser said before.</summary>
    public static void FollowAccount(HttpContext context, string? preferredLanguage)
    {
        if (CultureConfiguration.Find(preferredLanguage) is { } culture)
        {
            Append(context, culture);
        }
    }
}
