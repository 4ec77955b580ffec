using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Portal.Pages.Documents;

/// <summary>
/// Streams a document of the reader's company as an attachment (resumable, never cached), recording
/// the download. An old link to a document deleted at the end of its retention says so (410); another
/// company's document is not found (404).
/// </summary>
public sealed class PortalDownloadModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new DownloadPortalDocumentCommand(id), cancellationToken);
        if (result.IsFailure)
        {
            if (result.Error.Code == ClientPortalErrorCodes.MfaRequired)
            {
                return Redirect("/Portal");
            }

            if (result.Error.Code != ClientPortalErrorCodes.PortalDocumentExpired)
            {
                return NotFound();
            }

            Refusal = Message(result.Error);
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        var (document, content) = result.Value;
        Response.Headers.CacheControl = "no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(content, "application/pdf")
        {
            FileDownloadName = document.FileName,
            EnableRangeProcessing = true,
            EntityTag = new EntityTagHeaderValue($"\"{document.Sha256}\""),
            LastModified = document.PublishedAt,
        };
    }
}
