using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain.Search;
using Modular.SharedKernel.Domain;

namespace Modular.ClientPortal.Application.Documents;

/// <summary>
/// Marks the words a search found in a title or an excerpt of a document's text: a word of the
/// text matches when its folded form starts with a searched word, as the index matched it.
/// </summary>
internal static class Highlights
{
    private const int ExcerptBefore = 60;
    private const int ExcerptLength = 220;

    public static IReadOnlyList<HighlightSegment> Mark(string text, SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.IsEmpty)
        {
            return [new HighlightSegment(text, false)];
        }

        var segments = new List<HighlightSegment>();
        var plainStart = 0;
        foreach (var (start, length) in Words(text))
        {
            var folded = SearchText.Fold(text.Substring(start, length));
            if (!terms.Words.Any(w => folded.StartsWith(w, StringComparison.Ordinal)))
            {
                continue;
            }

            if (start > plainStart)
            {
                segments.Add(new HighlightSegment(text[plainStart..start], false));
            }

            segments.Add(new HighlightSegment(text.Substring(start, length), true));
            plainStart = start + length;
        }

        if (plainStart < text.Length)
        {
            segments.Add(new HighlightSegment(text[plainStart..], false));
        }

        return segments;
    }

    /// <summary>
    /// A short passage of the text around the first word found (or its beginning), cut at word
    /// boundaries and with its spaces collapsed, the words found marked; empty when there is no text.
    /// </summary>
    public static IReadOnlyList<HighlightSegment> Excerpt(string text, SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        if (string.IsNullOrWhiteSpace(text) || terms.IsEmpty)
        {
            return [];
        }

        var first = Words(text).Select(w => ((int Start, int Length)?)w)
            .FirstOrDefault(w => terms.Words.Any(t => SearchText.Fold(text.Substring(w!.Value.Start, w.Value.Length)).StartsWith(t, StringComparison.Ordinal)));
        if (first is not { } found)
        {
            return [];
        }

        var start = Math.Max(0, found.Start - ExcerptBefore);
        while (start > 0 && start < found.Start && !char.IsWhiteSpace(text[start - 1]))
        {
            start++;
        }

        var end = Math.Min(text.Length, start + ExcerptLength);
        while (end < text.Length && end > found.Start + found.Length && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        var passage = string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var marked = Mark(passage, terms).ToList();
        if (start > 0)
        {
            marked.Insert(0, new HighlightSegment("… ", false));
        }

        if (end < text.Length)
        {
            marked.Add(new HighlightSegment(" …", false));
        }

        return marked;
    }

    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            yield return (start, i - start);
        }
    }
}
