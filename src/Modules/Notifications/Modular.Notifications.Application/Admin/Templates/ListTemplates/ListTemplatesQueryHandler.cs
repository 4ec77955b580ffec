using MediatR;
using Modular.Notifications.Application.Ports;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;

namespace Modular.Notifications.Application.Admin.Templates.ListTemplates;

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
