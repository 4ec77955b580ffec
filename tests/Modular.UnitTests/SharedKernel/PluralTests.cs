using Modular.SharedKernel.Text;

namespace Modular.UnitTests.SharedKernel;

public sealed class PluralTests
{
    [Theory]
    [InlineData(-2, false)]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void French_puts_minus_one_to_one_in_the_singular(long count, bool singular) =>
        Assert.Equal(singular, Plural.IsSingular(count, "fr-FR"));

    [Theory]
    [InlineData(-2, false)]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void English_puts_only_one_and_minus_one_in_the_singular(long count, bool singular) =>
        Assert.Equal(singular, Plural.IsSingular(count, "en"));

    [Theory]
    [InlineData(0, "en", "documents")]
    [InlineData(1, "en", "document")]
    [InlineData(0, "fr", "document")]
    [InlineData(2, "fr", "documents")]
    public void The_form_follows_the_count_and_the_language(long count, string language, string form) =>
        Assert.Equal(form, Plural.Of(count, language, "document", "documents"));

    [Theory]
    [InlineData(1, "fichier")]
    [InlineData(3, "fichiers")]
    public void Default_messages_take_the_french_form(long count, string form) =>
        Assert.Equal(form, Plural.French(count, "fichier", "fichiers"));

    [Theory]
    [InlineData("fr", true)]
    [InlineData("en", true)]
    [InlineData("en-GB", false)]
    [InlineData("de", false)]
    [InlineData(null, false)]
    public void Only_the_two_languages_themselves_are_supported(string? value, bool supported) =>
        Assert.Equal(supported, Languages.IsSupported(value));
}
