using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.Documents;

/// <summary>
/// Streams a document as an attachment under its name, resumable by ranges; never cached, never
/// sniffed into something the browser would render.
/// </summary>
public sealed class DownloadModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new OpenDocumentQuery(id), cancellationToken);
        if (result.IsFailure)
        {
            return NotFound();
        }

        var (document, content) = result.Value;
        Response.Headers.CacheControl = "no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(content, document.ContentType) { FileDownloadName = document.Name, EnableRangeProcessing = true };
    }
}
