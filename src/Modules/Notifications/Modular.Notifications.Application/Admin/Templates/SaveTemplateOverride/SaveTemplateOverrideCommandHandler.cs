using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Templates;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Notifications.Application.Admin.Templates.SaveTemplateOverride;

internal sealed class SaveTemplateOverrideCommandHandler(
    INotificationsRepository repository,
    ITemplateCatalog catalog,
    ITemplateRenderer renderer,
    ICurrentUser user,
    TimeProvider time) : IRequestHandler<SaveTemplateOverrideCommand, Result>
{
    public async Task<Result> Handle(SaveTemplateOverrideCommand request, CancellationToken cancellationToken)
    {
        if (catalog.Find(request.Key, request.Culture) is null)
        {
            return NotificationsErrors.TemplateUnknown(request.Key);
        }

        // A broken template is never saved: it would fail every message that uses it.
        var source = new TemplateSource(request.Subject ?? "", request.HtmlBody ?? "", request.TextBody ?? "");
        var errors = renderer.Check(source);
        if (errors.Count > 0)
        {
            return NotificationsErrors.TemplateInvalid(errors);
        }

        var rendered = renderer.Render(source, request.Culture, catalog.SampleModel(request.Key, request.Culture));
        if (rendered.IsFailure)
        {
            return rendered.Error;
        }

        var custom = await repository.FindOverrideAsync(request.Key, request.Culture, cancellationToken);
        if (custom is null)
        {
            custom = TemplateOverride.Create(request.Key, request.Culture);
            repository.Add(custom);
        }

        custom.Update(source.Subject, source.HtmlBody, source.TextBody, user.UserId, time.GetUtcNow());
        await repository.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
