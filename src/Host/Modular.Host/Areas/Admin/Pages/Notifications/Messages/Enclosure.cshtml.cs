using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Modular.Host.Pages;
using Modular.Notifications.Contracts;

namespace Modular.Host.Areas.Admin.Pages.Notifications.Messages;

/// <summary>One file a message carried, as it was sent: to print a letter's enclosure, or to see an email's attachment.</summary>
public sealed class MessageEnclosureModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public async Task<IActionResult> OnGetAsync(Guid id, int index, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetEnclosureQuery(id, index), cancellationToken);
        if (result.IsFailure)
        {
            return NotFound();
        }

        var (enclosure, content) = result.Value;
        Response.Headers.CacheControl = "no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(content, enclosure.ContentType)
        {
            FileDownloadName = enclosure.FileName,
            EnableRangeProcessing = true,
            EntityTag = new EntityTagHeaderValue($"\"{enclosure.Sha256}\""),
        };
    }
}
