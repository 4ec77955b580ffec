using MediatR;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Notifications.Contracts;

namespace Modular.Host.Areas.Admin.Pages.Notifications.Templates;

/// <summary>The message templates, per culture, with the ones an admin changed.</summary>
public sealed class TemplatesIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public IReadOnlyList<TemplateSummaryDto> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListTemplatesQuery(), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return;
        }

        Templates = result.Value;
    }
}
