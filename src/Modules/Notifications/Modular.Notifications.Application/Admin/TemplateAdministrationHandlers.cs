using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.Notifications.Domain.Templates;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Notifications.Application.Admin;

internal sealed class ListTemplatesQueryHandler(INotificationsRepository repository, ITemplateCatalog catalog) : IRequestHandler<ListTemplatesQuery, Result<IReadOnlyList<TemplateSummaryDto>>>
{
    public async Task<Result<IReadOnlyList<TemplateSummaryDto>>> Handle(ListTemplatesQuery request, CancellationToken cancellationToken)
    {
        var overrides = (await repository.ListOverridesAsync(cancellationToken)).ToDictionary(o => (o.Key, o.Culture));
        return Result<IReadOnlyList<TemplateSummaryDto>>.Success([.. catalog.All
            .OrderBy(t => t.Key, StringComparer.Ordinal).ThenBy(t => t.Culture, StringComparer.Ordinal)
            .Select(t => new TemplateSummaryDto(t.Key, t.Culture, overrides.ContainsKey(t), overrides.TryGetValue(t, out var o) ? o.UpdatedAt : null))]);
    }
}

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
        return new TemplateSourceDto(request.Key, request.Culture, source.Subject, source.HtmlBody, source.TextBody, custom is not null, catalog.SampleModel(request.Key));
    }
}

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

        var rendered = renderer.Render(source, catalog.SampleModel(request.Key));
        return Task.FromResult(rendered.Map(r => new RenderedPreviewDto(r.Subject, r.HtmlBody, r.TextBody)));
    }
}

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

        var rendered = renderer.Render(source, catalog.SampleModel(request.Key));
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

internal sealed class RevertTemplateCommandHandler(INotificationsRepository repository) : IRequestHandler<RevertTemplateCommand, Result>
{
    public async Task<Result> Handle(RevertTemplateCommand request, CancellationToken cancellationToken)
    {
        if (await repository.FindOverrideAsync(request.Key, request.Culture, cancellationToken) is { } custom)
        {
            repository.Remove(custom);
            await repository.SaveChangesAsync(cancellationToken);
        }

        return Result.Success();
    }
}
