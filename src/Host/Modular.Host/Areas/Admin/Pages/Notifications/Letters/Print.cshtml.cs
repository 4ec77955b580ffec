using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Notifications.Contracts;

namespace Modular.Host.Areas.Admin.Pages.Notifications.Letters;

/// <summary>A letter laid out for printing: the address block, then the body; the site's chrome is hidden on paper.</summary>
public sealed class LetterPrintModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public LetterDto? Letter { get; private set; }

    public MessageDetailDto? Detail { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        // The address block is only on the letter; the body only on the message.
        Letter = await ReadOrNullAsync(new GetLetterQuery(id), cancellationToken);
        Detail = Letter is null ? null : await ReadOrNullAsync(new GetMessageQuery(id), cancellationToken);
        return Letter is null || Detail is null ? NotFound() : Page();
    }
}
