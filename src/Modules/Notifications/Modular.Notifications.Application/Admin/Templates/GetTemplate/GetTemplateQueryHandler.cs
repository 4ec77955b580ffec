using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Templates;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Templates.GetTemplate;

internal sealed class GetTemplateQueryHandler(INotificationsRepository repository, ITemplateCatalog catalog) : IRequestHandler<GetTemplateQuery, Result<TemplateSourceDto>>
{
    public async Task<Result<TemplateSourceDto>> Handle(GetTemplateQuery request, CancellationToken cancellationToken)
    {
        if (catalog.Find(request.Key, request.Culture) is not { } shipped)
        {
            return NotificationsErrors.TemplateUnknown(request.Key);
        }

        var custom = await repository.FindOverrideAsync(request.Key, request.Culture, cancellationToken);
        var source = custom is null ? shipped : new TemplateSource(custom.Subject, custom.HtmlBody, custom.TextBody);
        return new TemplateSourceDto(request.Key, request.Culture, source.Subject, source.HtmlBody, source.TextBody, custom is not null, catalog.SampleModel(request.Key, request.Culture));
    }
}
