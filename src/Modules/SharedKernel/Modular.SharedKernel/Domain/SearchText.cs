using System.Globalization;
using System.Text;

namespace Modular.SharedKernel.Domain;

/// <summary>
/// Folds text for search, lower case without accents (« Hélène » is found by « helene »):
/// SQLite's lower() knows only ASCII, so both the stored text and the search are folded. A lone
/// surrogate (half of a character, which Unicode normalisation refuses with an exception) is read
/// as U+FFFD, the replacement character, like any other broken text.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            trimmed = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(trimmed));
        }

        var decomposed = trimmed.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
