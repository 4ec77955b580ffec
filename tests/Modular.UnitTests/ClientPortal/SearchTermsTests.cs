using Modular.ClientPortal.Domain.Search;

namespace Modular.UnitTests.ClientPortal;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Décompte", new[] { "decompte" })]
    [InlineData("  PHYSIOTHÉRAPIE  ", new[] { "physiotherapie" })]
    [InlineData("\"lettre\" AND (paiement*)", new[] { "lettre", "and", "paiement" })]
    [InlineData("NEAR(frais rembours)", new[] { "near", "frais", "rembours" })]
    [InlineData("l'assurance", new[] { "assurance" })]
    [InlineData("a", new[] { "a" })]
    [InlineData("frais frais FRAIS", new[] { "frais" })]
    [InlineData("***\"()-:^", new string[0])]
    [InlineData("", new string[0])]
    public void A_search_is_words_folded_with_syntax_characters_as_separators(string query, string[] words) =>
        Assert.Equal(words, SearchTerms.Parse(query).Words);

    [Fact]
    public void Each_word_is_quoted_for_FTS5_so_that_no_operator_survives()
    {
        var terms = SearchTerms.Parse("near OR \"x\" NOT*");

        Assert.Equal("\"near\"* \"or\"* \"not\"*", terms.ToFts5());
    }

    [Fact]
    public void Each_word_is_a_prefix_of_a_tsquery_made_of_letters_and_digits_only()
    {
        var terms = SearchTerms.Parse("frais & 2025 | !x <-> y");

        Assert.Equal("frais:* & 2025:*", terms.ToTsQuery());
        Assert.All(terms.Words, w => Assert.Matches("^[a-z0-9]+$", w));
    }

    [Fact]
    public void At_most_eight_words_of_forty_letters_are_searched()
    {
        var terms = SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 20).Select(i => "mot" + i)) + " " + new string('x', 100));

        Assert.Equal(SearchTerms.MaxWords, terms.Words.Count);
        Assert.All(terms.Words, w => Assert.True(w.Length <= SearchTerms.MaxWordLength));
    }

    [Fact]
    public void A_longer_word_is_cut_at_forty_letters()
    {
        var word = new string('a', SearchTerms.MaxWordLength) + "bcd";

        Assert.Equal(new string('a', SearchTerms.MaxWordLength), Assert.Single(SearchTerms.Parse(word).Words));
    }

    [Fact]
    public void No_search_is_no_word() =>
        Assert.True(SearchTerms.Parse(null).IsEmpty);
}
