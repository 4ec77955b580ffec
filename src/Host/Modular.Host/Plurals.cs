using Microsoft.Extensions.Localization;

namespace Modular.Host;

/// <summary>
/// Counted texts with real plurals: <c>{key}.One</c> for one (« 1 fichier déposé »), <c>{key}</c>
/// for any other count (« 3 fichiers déposés »), rather than « fichier(s) ».
/// </summary>
public static class Plurals
{
    public static LocalizedString Count(this IStringLocalizer localizer, string key, int count)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (count == 1 && localizer[key + ".One", count] is { ResourceNotFound: false } one)
        {
            return one;
        }

        return localizer[key, count];
    }
}
