using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Modular.Host.Hosting;

/// <summary>
/// French by default, English on request: on pages the choice lives in a cookie, not in the
/// browser's language; an API caller, which keeps no cookie, asks with <c>Accept-Language</c>.
/// </summary>
internal static class CultureConfiguration
{
    public static readonly CultureInfo[] Supported = [new("fr-FR"), new("en-GB")];

    /// <summary>A supported culture by its name ("en-GB") or its language ("en"); null for anything else.</summary>
    public static CultureInfo? Find(string? nameOrLanguage) =>
        Supported.FirstOrDefault(c => c.Name == nameOrLanguage || c.TwoLetterISOLanguageName == nameOrLanguage);

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("fr-FR"),
            SupportedCultures = Supported,
            SupportedUICultures = Supported,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider();
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new CustomRequestCultureProvider(context =>
                context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? acceptLanguage.DetermineProviderCultureResult(context)
                    : NoResult),
        ];
        return options;
    }

    private static readonly Task<ProviderCultureResult?> NoResult = Task.FromResult<ProviderCultureResult?>(null);
}
