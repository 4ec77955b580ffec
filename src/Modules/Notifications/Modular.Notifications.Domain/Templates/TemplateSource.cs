namespace Modular.Notifications.Domain.Templates;

/// <summary>A template's three parts, as Scriban source.</summary>
internal sealed record TemplateSource(string Subject, string HtmlBody, string TextBody);

/// <summary>A syntax error in one part of a template, with its line (1-based).</summary>
internal sealed record TemplateError(string Part, int Line, int Column, string Message)
{
    public override string ToString() => $"{Part}, ligne {Line}, colonne {Column} : {Message}";
}
