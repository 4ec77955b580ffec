using Modular.ClientPortal.Application.Documents;
using Modular.ClientPortal.Domain.Search;

namespace Modular.UnitTests.ClientPortal;

public sealed class HighlightsTests
{
    private static string Marked(IEnumerable<Modular.ClientPortal.Contracts.HighlightSegment> segments) =>
        string.Concat(segments.Select(s => s.IsMatch ? $"[{s.Text}]" : s.Text));

    [Fact]
    public void Words_found_are_marked_whatever_their_accents_and_case_and_as_prefixes()
    {
        var marked = Highlights.Mark("Remboursement des frais — Physiothérapie", SearchTerms.Parse("physio REMBOURS"));

        Assert.Equal("[Remboursement] des frais — [Physiothérapie]", Marked(marked));
    }

    [Fact]
    public void A_word_is_matched_from_its_start_only()
    {
        Assert.Equal("Décompte de prestations", Marked(Highlights.Mark("Décompte de prestations", SearchTerms.Parse("compte"))));
    }

    [Fact]
    public void Without_words_the_text_is_one_plain_segment()
    {
        var marked = Highlights.Mark("Lettre de paiement", SearchTerms.Parse(""));

        Assert.Equal("Lettre de paiement", Assert.Single(marked).Text);
        Assert.False(marked[0].IsMatch);
    }

    [Fact]
    public void An_excerpt_is_cut_around_the_first_word_found_with_its_spaces_collapsed()
    {
        var text = string.Join(' ', Enumerable.Repeat("préambule", 40)) + "\n\n Montant   versé : CHF 4'380.00 sur le compte de l'employeur. " + string.Join(' ', Enumerable.Repeat("suite", 80));

        var excerpt = Marked(Highlights.Excerpt(text, SearchTerms.Parse("verse")));

        Assert.StartsWith("… ", excerpt, StringComparison.Ordinal);
        Assert.EndsWith(" …", excerpt, StringComparison.Ordinal);
        Assert.Contains("Montant [versé] : CHF 4'380.00", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length < 260, excerpt);
    }

    [Fact]
    public void No_excerpt_when_the_words_are_only_in_the_title()
    {
        Assert.Empty(Highlights.Excerpt("Le texte ne contient pas le mot.", SearchTerms.Parse("paiement")));
        Assert.Empty(Highlights.Excerpt("", SearchTerms.Parse("paiement")));
    }
}
