using Modular.SharedKernel.Domain;

namespace Modular.UnitTests.SharedKernel;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("  Hélène Müller ", "helene muller")]
    [InlineData("ÇA ÉTÉ", "ca ete")]
    [InlineData("", "")]
    public void Text_is_folded_to_lower_case_without_accents_or_surrounding_spaces(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    // Built in code: an attribute's string cannot hold half a character.
    [Fact]
    public void A_lone_surrogate_is_read_as_the_replacement_character()
    {
        Assert.Equal("\uFFFDabc", SearchText.Fold("\uD800Abc"));
        Assert.Equal("ab\uFFFDc", SearchText.Fold("Ab\uDC00c"));
    }

    [Fact]
    public void A_whole_character_outside_the_basic_plane_is_kept() => Assert.Equal("a😀", SearchText.Fold("A😀"));

    [Fact]
    public void Folding_needs_a_text() => Assert.Throws<ArgumentNullException>(() => SearchText.Fold(null!));
}
