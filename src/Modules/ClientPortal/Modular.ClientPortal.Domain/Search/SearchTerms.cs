using System.Text;
using Modular.SharedKernel.Domain;

namespace Modular.ClientPortal.Domain.Search;

/// <summary>
/// A reader's search as words: folded (lower case, no accents) and cut at everything that is not a
/// letter or a digit, so that quotes, <c>*</c>, parentheses, <c>NEAR</c> or <c>-</c> are never
/// syntax for the index, only separators or plain words. Each word also matches the start of a
/// longer one (« rembours » finds « remboursement »). At most <see cref="MaxWords"/> words; single
/// letters are left out beside longer words.
/// </summary>
internal sealed record SearchTerms(IReadOnlyList<string> Words)
{
    public const int MaxWords = 8;

    public const int MaxWordLength = 40;

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? query)
    {
        var folded = SearchText.Fold(query ?? "");
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0 && words.Count < MaxWords)
            {
                var w = word.Length > MaxWordLength ? word.ToString(0, MaxWordLength) : word.ToString();
                if (!words.Contains(w))
                {
                    words.Add(w);
                }
            }

            word.Clear();
        }

        // A lone letter (the « l » of « l'assurance ») would match nearly every text: kept only when it is all there is.
        return words.Any(w => w.Length > 1) ? new SearchTerms([.. words.Where(w => w.Length > 1)]) : new SearchTerms(words);
    }

    /// <summary>An FTS5 query: each word quoted (so never an operator) and a prefix, all required.</summary>
    public string ToFts5() => string.Join(' ', Words.Select(w => $"\"{w}\"*"));

    /// <summary>A PostgreSQL tsquery text: each word a prefix (<c>word:*</c>), all required; words are letters and digits only.</summary>
    public string ToTsQuery() => string.Join(" & ", Words.Select(w => w + ":*"));
}
