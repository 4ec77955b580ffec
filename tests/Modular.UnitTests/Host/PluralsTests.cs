using Microsoft.Extensions.Localization;
using Modular.Host;

namespace Modular.UnitTests.Host;

public sealed class PluralsTests
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["Stored"] = "{0} fichiers déposés :",
        ["Stored.One"] = "{0} fichier déposé :",
        ["Refused"] = "{0} refusés",
    };

    [Theory]
    [InlineData("Stored", 1, "1 fichier déposé :")]
    [InlineData("Stored", 0, "0 fichiers déposés :")]
    [InlineData("Stored", 3, "3 fichiers déposés :")]
    [InlineData("Refused", 1, "1 refusés")]
    public void One_takes_its_own_text_and_any_other_count_the_plural(string key, int count, string expected) =>
        Assert.Equal(expected, new FakeLocalizer().Count(key, count).Value);

    private sealed class FakeLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => this[name, []];

        public LocalizedString this[string name, params object[] arguments] =>
            Texts.TryGetValue(name, out var text)
                ? new LocalizedString(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, text, arguments))
                : new LocalizedString(name, name, resourceNotFound: true);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
