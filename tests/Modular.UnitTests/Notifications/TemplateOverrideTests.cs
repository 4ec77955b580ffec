using Modular.Notifications.Domain.Templates;

namespace Modular.UnitTests.Notifications;

public sealed class TemplateOverrideTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_override_names_its_template_and_culture_and_has_no_content_yet()
    {
        var draft = TemplateOverride.Create("vault.document-shared", "fr");

        Assert.Equal(("vault.document-shared", "fr"), (draft.Key, draft.Culture));
        Assert.Equal(("", "", ""), (draft.Subject, draft.HtmlBody, draft.TextBody));
        Assert.Null(draft.UpdatedBy);
    }

    [Fact]
    public void An_update_replaces_the_content_and_records_who_changed_it_and_when()
    {
        var administrator = Guid.NewGuid();
        var draft = TemplateOverride.Create("vault.document-shared", "fr");

        draft.Update("Nouveau document", "<p>Bonjour</p>", "Bonjour", administrator, Now);

        Assert.Equal(("Nouveau document", "<p>Bonjour</p>", "Bonjour"), (draft.Subject, draft.HtmlBody, draft.TextBody));
        Assert.Equal(((Guid?)administrator, Now), (draft.UpdatedBy, draft.UpdatedAt));
    }
}
