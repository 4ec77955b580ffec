using System.Globalization;
using Microsoft.Extensions.Localization;
using Modular.SharedKernel.Text;

namespace Modular.Host;

/// <summary>
/// Counted texts with real plurals rather than « fichier(s) »: <c>{key}.Zero</c> for none when the
/// text has one (« aucun lien »), <c>{key}.One</c> for a count the reader's language puts in the
/// singular (0 and 1 in French, 1 in English, see <see cref="Plural"/>), <c>{key}</c> for any other.
/// </summary>
public static class Plurals
{
    /// <summary>The text for <paramref name="count"/>, which is its only value <c>{0}</c>.</summary>
    public static LocalizedString Count(this IStringLocalizer localizer, string key, int count) => localizer.Count(key, count, count);

    /// <summary>The text whose form <paramref name="count"/> picks, filled with <paramref name="arguments"/> (the count among them, where the text puts it).</summary>
    public static LocalizedString Count(this IStringLocalizer localizer, string key, int count, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(key);
        if (count == 0 && localizer[key + ".Zero", arguments] is { ResourceNotFound: false } zero)
        {
            return zero;
        }

        if (Plural.IsSingular(count, CultureInfo.CurrentUICulture.Name) && localizer[key + ".One", arguments] is { ResourceNotFound: false } one)
        {
            return one;
        }

        return localizer[key, arguments];
    }
}
