using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Modular.Host.Hosting;

/// <summary>
/// French by default, English on request: on pages the choice lives in a cookie, not in the
/// browser's language; an API caller, which keeps no cookie, asks with <c>Accept-Language</c>, whose
/// languages are read by preference and matched by language (<c>en</c>, <c>en-US</c> and <c>en-GB</c>
/// all read English).
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
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new CustomRequestCultureProvider(context =>
                context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? Task.FromResult(FromAcceptLanguage(context.Request))
                    : NoResult),
        ];
        return options;
    }

    /// <summary>The first language the caller prefers that we write, by its language; none: French.</summary>
    private static ProviderCultureResult? FromAcceptLanguage(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in preferred)
        {
            var name = language.Value.Value;
            if (string.IsNullOrEmpty(name) || name == "*")
            {
                continue;
            }

            if ((Find(name) ?? Find(name.Split('-')[0].ToLowerInvariant())) is { } culture)
            {
                return new ProviderCultureResult(culture.Name);
            }
        }

        return null;
    }

    private static readonly Task<ProviderCultureResult?> NoResult = Task.FromResult<ProviderCultureResult?>(null);
}
