using Modular.Notifications.Domain.Messages;
using Modular.Notifications.Domain.Templates;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Ports;

/// <summary>Scriban, with limits: no file access, capped loops and recursion.</summary>
internal interface ITemplateRenderer
{
    IReadOnlyList<TemplateError> Check(TemplateSource source);

    /// <summary>
    /// Model values are HTML-encoded in the HTML body, left as they are elsewhere; counts take the
    /// plural rule of <paramref name="culture"/> (the template's language).
    /// </summary>
    Result<RenderedContent> Render(TemplateSource source, string culture, IReadOnlyDictionary<string, string> model);
}
