using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Infrastructure.Notices;
using Modular.Notifications.Infrastructure.Templates;

namespace Modular.UnitTests.ClientPortal;

/// <summary>The portal's emails: their counts agree in each language, and their keys say what makes them one.</summary>
public sealed class PortalEmailsTests
{
    private static readonly EmbeddedTemplateCatalog Catalog = new();
    private static readonly ScribanTemplateRenderer Renderer = new();

    [Theory]
    [InlineData("fr", "1", "Menuiserie Favre SA : 1 nouveau document sur le portail clientèle", "1 nouveau document a été publié pour Menuiserie Favre SA")]
    [InlineData("fr", "3", "Menuiserie Favre SA : 3 nouveaux documents sur le portail clientèle", "3 nouveaux documents ont été publiés pour Menuiserie Favre SA")]
    [InlineData("en", "1", "Menuiserie Favre SA: 1 new document on the client portal", "1 new document was published for Menuiserie Favre SA")]
    [InlineData("en", "3", "Menuiserie Favre SA: 3 new documents on the client portal", "3 new documents were published for Menuiserie Favre SA")]
    public void The_digest_agrees_with_its_number_of_documents(string culture, string count, string subject, string sentence)
    {
        var model = new Dictionary<string, string>(Catalog.SampleModel(PortalDigestDueIntegrationEventHandler.Template, culture)) { ["document_count"] = count };

        var rendered = Renderer.Render(Catalog.Find(PortalDigestDueIntegrationEventHandler.Template, culture)!, culture, model).Value;

        Assert.Equal(subject, rendered.Subject);
        Assert.Contains(sentence, rendered.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://modular.example/Portal", rendered.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "1", "30", "Rappel : 1 document non téléchargé sera effacé du portail d'ici 30 jours", "Ce document publié pour Menuiserie Favre SA sur le portail clientèle sera effacé d'ici 30 jours, et vous ne l'avez pas encore téléchargé :")]
    [InlineData("fr", "2", "7", "Rappel : 2 documents non téléchargés seront effacés du portail d'ici 7 jours", "Ces 2 documents publiés pour Menuiserie Favre SA sur le portail clientèle seront effacés d'ici 7 jours, et vous ne les avez pas encore téléchargés :")]
    [InlineData("en", "1", "30", "Reminder: 1 document not downloaded will be deleted from the portal within 30 days", "This document, published for Menuiserie Favre SA on the client portal, will be deleted within 30 days, and you have not downloaded it yet:")]
    [InlineData("en", "2", "7", "Reminder: 2 documents not downloaded will be deleted from the portal within 7 days", "These 2 documents, published for Menuiserie Favre SA on the client portal, will be deleted within 7 days, and you have not downloaded them yet:")]
    public void The_expiry_reminder_agrees_with_its_number_of_documents_and_says_its_window(string culture, string count, string days, string subject, string sentence)
    {
        var model = new Dictionary<string, string>(Catalog.SampleModel(PortalExpiryReminderIntegrationEventHandler.Template, culture)) { ["document_count"] = count, ["days"] = days };

        var rendered = Renderer.Render(Catalog.Find(PortalExpiryReminderIntegrationEventHandler.Template, culture)!, culture, model).Value;

        Assert.Equal(subject, rendered.Subject);
        Assert.Contains(sentence, rendered.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_is_one_per_user_and_day()
    {
        var user = Guid.Parse("0197a8b2-0000-7000-8000-000000000001");

        Assert.Equal("portal-digest:0197a8b2-0000-7000-8000-000000000001:2026-12-02", PortalDigestDueIntegrationEventHandler.KeyOf(user, new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public void A_reminder_is_one_per_user_window_and_set_of_documents_in_any_order()
    {
        var (user, other) = (Guid.NewGuid(), Guid.NewGuid());
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var key = PortalExpiryReminderIntegrationEventHandler.KeyOf(user, 30, [a, b]);

        Assert.Equal(key, PortalExpiryReminderIntegrationEventHandler.KeyOf(user, 30, [b, a]));
        Assert.NotEqual(key, PortalExpiryReminderIntegrationEventHandler.KeyOf(user, 7, [a, b]));
        Assert.NotEqual(key, PortalExpiryReminderIntegrationEventHandler.KeyOf(other, 30, [a, b]));
        Assert.NotEqual(key, PortalExpiryReminderIntegrationEventHandler.KeyOf(user, 30, [a, b, c]));
        Assert.StartsWith($"portal-expiry:{user}:30:", key, StringComparison.Ordinal);
        Assert.True(key.Length <= 200, key);
    }

    [Fact]
    public void Every_document_type_has_a_name_in_french_and_in_english()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var (french, english) = (PortalMessages.TypeName(kind, "fr"), PortalMessages.TypeName(kind, "en"));
            Assert.NotEqual(kind.ToString(), french);
            Assert.NotEqual(kind.ToString(), english);
            Assert.NotEqual(french, english);
        }
    }
}
