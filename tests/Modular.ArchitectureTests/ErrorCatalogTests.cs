using Modular.ArchitectureTests.Fixtures.ErrorCatalog;
using Modular.ArchitectureTests.Rules;

namespace Modular.ArchitectureTests;

/// <summary>
/// Every module's error codes are declared once in its Contracts and have a French and an English
/// text, from which pages and API answers render them (STYLE.md: one declaration, a test that every
/// code has both texts). Each rule is also run on <see cref="ThingErrors"/> to show it failing.
/// </summary>
public sealed class ErrorCatalogTests
{
    public static TheoryData<string> Modules => [.. ModularSystem.Real.Modules];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_error_a_module_returns_has_its_code_declared_in_its_Contracts(string module) =>
        Assert.Empty(ErrorCatalog.CodesMissingFromContracts(ErrorModule.Of(module)));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_code_and_error_of_a_module_has_a_French_and_an_English_text_it_can_fill(string module) =>
        Assert.Empty(ErrorCatalog.MissingTexts(ErrorModule.Of(module), ResourceTexts.French, ResourceTexts.English));

    [Theory]
    [MemberData(nameof(Modules))]
    public void No_error_text_of_a_module_is_the_same_in_English_as_in_French(string module) =>
        Assert.Empty(ErrorCatalog.UntranslatedTexts(ErrorModule.Of(module), ResourceTexts.French, ResourceTexts.English));

    [Fact]
    public void Every_error_text_exists_in_both_languages() =>
        Assert.Empty(ErrorCatalog.UnpairedTexts(ResourceTexts.French, ResourceTexts.English));

    [Fact]
    public void The_real_modules_are_all_looked_at() =>
        Assert.Superset(new HashSet<string>(["ClientPortal", "Delegation", "Identity", "Notifications", "Portfolio", "Sharing", "Vault"]), ModularSystem.Real.Modules.ToHashSet());

    [Fact]
    public void An_error_whose_code_Contracts_do_not_declare_is_reported()
    {
        var faults = ErrorCatalog.CodesMissingFromContracts(Fixture);

        var fault = Assert.Single(faults);
        Assert.Contains("ThingErrors.ThingGone: 'thing-gone'", fault, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_returning_errors_without_declaring_codes_is_reported() =>
        Assert.Single(ErrorCatalog.CodesMissingFromContracts(Fixture with { CodesClass = null }));

    [Fact]
    public void Extension_names_are_not_codes() =>
        Assert.DoesNotContain("retryAfter", ErrorCatalog.CodesOf(typeof(ThingErrorCodes)));

    [Fact]
    public void A_code_or_reason_without_a_text_and_a_text_asking_for_values_the_error_lacks_are_reported()
    {
        var faults = ErrorCatalog.MissingTexts(Fixture, FixtureFrench, FixtureEnglish);

        string[] expected =
            [
                "'thing-untranslated' has no French text.",
                "'thing-name-invalid' has no English text.",
                "ThingErrors.ThingGone: no French text 'Error.thing-gone'.",
                "ThingErrors.ThingGone: no English text 'Error.thing-gone'.",
                "ThingErrors.ThingNameTooLong: no English text 'Error.thing-name-invalid.length'.",
                "ThingErrors.ThingLocked: the English text 'Error.thing-locked' takes 2 value(s), the error carries 1.",
                "ThingErrors.ThingNameTooLong: the French text 'Error.thing-name-invalid.length.One' takes 2 value(s), the error carries 1.",
            ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), faults.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_text_the_same_in_English_as_in_French_is_reported()
    {
        var french = Texts("French", ("Error.thing-untranslated", "Clé"), ("Error.thing-not-found", "Introuvable."));
        var english = Texts("English", ("Error.thing-untranslated", "Clé"), ("Error.thing-not-found", "Not found."));

        Assert.Equal(["'Error.thing-untranslated' is the same in French and English."], ErrorCatalog.UntranslatedTexts(Fixture, french, english));
    }

    [Fact]
    public void An_error_text_in_one_language_only_is_reported() =>
        Assert.Equal(
            ["'Error.thing-name-invalid' has no English text.", "'Error.thing-name-invalid.length' has no English text.", "'Error.thing-name-invalid.length.One' has no English text.", "'Error.thing-untranslated' has no French text."],
            ErrorCatalog.UnpairedTexts(FixtureFrench, FixtureEnglish).Order(StringComparer.Ordinal));

    [Fact]
    public void Placeholders_are_counted_by_their_highest_index() =>
        Assert.Equal([0, 1, 2, 0], [ErrorCatalog.PlaceholderCount("Aucun."), ErrorCatalog.PlaceholderCount("« {0} »"), ErrorCatalog.PlaceholderCount("{1:HH:mm} {0}"), ErrorCatalog.PlaceholderCount("{{0}}")]);

    private static ErrorModule Fixture => new("Thing", [typeof(ThingErrors)], typeof(ThingErrorCodes));

    private static ResourceTexts FixtureFrench => Texts(
        "French",
        ("Error.thing-not-found", "Cette chose est introuvable."),
        ("Error.thing-name-invalid", "Ce nom n'est pas valide."),
        ("Error.thing-name-invalid.length", "Un nom compte {0} caractères au plus."),
        ("Error.thing-name-invalid.length.One", "Un nom compte {0} caractère au plus, pas {1}."),
        ("Error.thing-locked", "Bloquée jusqu'à {0:HH:mm}."));

    private static ResourceTexts FixtureEnglish => Texts(
        "English",
        ("Error.thing-not-found", "This thing cannot be found."),
        ("Error.thing-untranslated", "Untranslated."),
        ("Error.thing-locked", "Locked from {0:HH:mm} to {1:HH:mm}."));

    private static ResourceTexts Texts(string language, params (string Key, string Text)[] texts) =>
        new(language, texts.ToDictionary(t => t.Key, t => t.Text, StringComparer.Ordinal));
}
