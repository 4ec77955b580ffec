using System.Globalization;
using System.Text;

namespace Modular.SharedKernel.Domain;

/// <summary>
/// Folds text for search, lower case without accents (« Hélène » is found by « helene »):
/// SQLite's lower() knows only ASCII, so both the stored text and the search are folded.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
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
