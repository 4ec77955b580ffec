using System.Globalization;
using Microsoft.Extensions.Localization;
using Modular.Host;
using Modular.SharedKernel.Text;

namespace Modular.UnitTests.Host;

/// <summary>Counted texts take the singular or the plural by each language's rule: French puts 0 and 1 in the singular, English only 1.</summary>
public sealed class PluralsTests
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["Stored"] = "{0} fichiers déposés :",
        ["Stored.One"] = "{0} fichier déposé :",
        ["Refused"] = "{0} refusés",
        ["Links"] = "{0} liens seront révoqués",
        ["Links.One"] = "{0} lien sera révoqué",
        ["Links.Zero"] = "aucun lien à révoquer",
        ["Question"] = "Supprimer « {0} » et ses {1} documents ?",
        ["Question.One"] = "Supprimer « {0} » et son document ?",
    };

    [Theory]
    [InlineData("fr-FR", 0, "0 fichier déposé :")]
    [InlineData("fr-FR", 1, "1 fichier déposé :")]
    [InlineData("fr-FR", 2, "2 fichiers déposés :")]
    [InlineData("en-GB", 0, "0 fichiers déposés :")]
    [InlineData("en-GB", 1, "1 fichier déposé :")]
    [InlineData("en-GB", 2, "2 fichiers déposés :")]
    public void French_puts_0_and_1_in_the_singular_and_English_only_1(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, () => new FakeLocalizer().Count("Stored", count).Value));

    [Fact]
    public void A_text_without_a_singular_keeps_its_one_form() =>
        Assert.Equal("1 refusés", In("fr-FR", () => new FakeLocalizer().Count("Refused", 1).Value));

    [Theory]
    [InlineData("fr-FR", 0, "aucun lien à révoquer")]
    [InlineData("en-GB", 0, "aucun lien à révoquer")]
    [InlineData("fr-FR", 1, "1 lien sera révoqué")]
    [InlineData("fr-FR", 3, "3 liens seront révoqués")]
    public void None_takes_its_own_text_when_there_is_one(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, () => new FakeLocalizer().Count("Links", count).Value));

    [Theory]
    [InlineData(1, "Supprimer « Bilans » et son document ?")]
    [InlineData(4, "Supprimer « Bilans » et ses 4 documents ?")]
    public void The_count_picks_the_form_of_a_text_with_other_values(int count, string expected) =>
        Assert.Equal(expected, In("fr-FR", () => new FakeLocalizer().Count("Question", count, "Bilans", count).Value));

    [Theory]
    [InlineData("fr", 0, true)]
    [InlineData("fr", 1, true)]
    [InlineData("fr", 2, false)]
    [InlineData("en", 0, false)]
    [InlineData("en", 1, true)]
    [InlineData("en", 2, false)]
    public void The_rule_itself(string language, int count, bool singular) =>
        Assert.Equal(singular, Plural.IsSingular(count, language));

    private static string In(string culture, Func<string> read)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    private sealed class FakeLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => this[name, []];

        public LocalizedString this[string name, params object[] arguments] =>
            Texts.TryGetValue(name, out var text)
                ? new LocalizedString(name, string.Format(CultureInfo.InvariantCulture, text, arguments))
                : new LocalizedString(name, name, resourceNotFound: true);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
