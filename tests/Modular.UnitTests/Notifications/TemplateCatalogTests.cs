using Modular.Notifications.Domain.Templates;
using Modular.Notifications.Infrastructure.Templates;

namespace Modular.UnitTests.Notifications;

/// <summary>The shipped templates are in the module's own assembly, in every culture, and render.</summary>
public sealed class TemplateCatalogTests
{
    [Theory]
    [InlineData("fr", "Message d'essai de {{ organisation_name }}")]
    [InlineData("en", "Test message from {{ organisation_name }}")]
    public void The_test_template_ships_in_french_and_english(string culture, string subject)
    {
        // "notifications.test.fr.scriban" once went to a satellite assembly, as if it were a French translation.
        var catalog = new EmbeddedTemplateCatalog();

        Assert.Contains(("notifications.test", culture), catalog.All);
        Assert.Equal(subject, catalog.Find("notifications.test", culture)!.Subject);
        Assert.Equal("Cabinet Démo", catalog.SampleModel("notifications.test", "fr")["organisation_name"]);
    }

    [Fact]
    public void The_shipped_test_template_renders_with_its_sample_values_and_a_broken_one_reports_its_line()
    {
        var catalog = new EmbeddedTemplateCatalog();
        var renderer = new ScribanTemplateRenderer();

        var rendered = renderer.Render(catalog.Find("notifications.test", "fr")!, "fr", catalog.SampleModel("notifications.test", "fr"));

        Assert.True(rendered.IsSuccess);
        Assert.Equal("Message d'essai de Cabinet Démo", rendered.Value.Subject);
        var error = Assert.Single(renderer.Check(new TemplateSource("Objet", "<p>Bonjour</p>\n{{ if note }}<p>{{ note }}</p>", "Texte")));
        Assert.Equal("html", error.Part);
        Assert.Contains("ligne 2", error.ToString(), StringComparison.Ordinal);
    }
}
