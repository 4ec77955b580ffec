using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Api;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Guest.Pages.Folders;

/// <summary>
/// A folder of a vault the person was invited into: its documents to download and, with the right
/// to write, the upload form (posting to <see cref="GuestUploadModel"/>, whose report shows here).
/// A folder the person cannot reach is not found.
/// </summary>
public sealed class GuestFolderModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public FolderDetailsDto Folder { get; private set; } = null!;

    public UploadRulesDto? Rules { get; private set; }

    public bool CanUpload => Folder.Folder.Access >= FolderAccessLevel.Write;

    [TempData]
    public string[]? UploadStored { get; set; }

    [TempData]
    public string[]? UploadRefused { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetFolderQuery(id), cancellationToken);
        if (result.IsFailure)
        {
            return NotFound();
        }

        Folder = result.Value;
        Rules = CanUpload ? await ReadOrNullAsync(new GetUploadRulesQuery(), cancellationToken) : null;
        return Page();
    }

    /// <summary>One document, streamed as an attachment, resumable by ranges.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var opened = await Mediator.Send(new OpenDocumentQuery(documentId), cancellationToken);
        if (opened.IsFailure || opened.Value.Document.FolderId != id)
        {
            if (opened.IsSuccess)
            {
                await opened.Value.Content.DisposeAsync();
            }

            return NotFound();
        }

        return new HttpResultAction(DocumentFile.Attachment(opened.Value, Response));
    }

    /// <summary>Lets a page handler answer with a minimal API result.</summary>
    private sealed class HttpResultAction(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
