using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Templates;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Templates.PreviewTemplate;

internal sealed class PreviewTemplateQueryHandler(ITemplateCatalog catalog, ITemplateRenderer renderer) : IRequestHandler<PreviewTemplateQuery, Result<RenderedPreviewDto>>
{
    public Task<Result<RenderedPreviewDto>> Handle(PreviewTemplateQuery request, CancellationToken cancellationToken)
    {
        var source = new TemplateSource(request.Subject ?? "", request.HtmlBody ?? "", request.TextBody ?? "");
        var errors = renderer.Check(source);
        if (errors.Count > 0)
        {
            return Task.FromResult<Result<RenderedPreviewDto>>(NotificationsErrors.TemplateInvalid(errors));
        }

        var rendered = renderer.Render(source, request.Culture, catalog.SampleModel(request.Key, request.Culture));
        return Task.FromResult(rendered.Map(r => new RenderedPreviewDto(r.Subject, r.HtmlBody, r.TextBody)));
    }
}
