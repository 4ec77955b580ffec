namespace Modular.Notifications.Domain.Templates;

/// <summary>An administrator's version of a shipped template, for one culture.</summary>
internal sealed class TemplateOverride
{
    private TemplateOverride()
    {
    }

    public string Key { get; private set; } = "";

    public string Culture { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid? UpdatedBy { get; private set; }

    public static TemplateOverride Create(string key, string culture) => new() { Key = key, Culture = culture };

    public void Update(string subject, string htmlBody, string textBody, Guid? by, DateTimeOffset now)
    {
        Subject = subject;
        HtmlBody = htmlBody;
        TextBody = textBody;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}
