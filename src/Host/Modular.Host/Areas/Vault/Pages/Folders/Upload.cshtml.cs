using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Vault.Pages.Folders;

/// <summary>
/// Receives a folder's upload form: each file goes to the vault on its own, streamed, and the
/// folder page then reports which were stored and why the others were refused. The request's size
/// limits are set for this page alone (see the Host's composition).
/// </summary>
public sealed class UploadModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    /// <summary>The most files one upload form may carry.</summary>
    public const int MaxFiles = FolderUploads.MaxFiles;

    public IActionResult OnGet(Guid id) => RedirectToPage("/Folders/Details", new { area = "Vault", id });

    public async Task<IActionResult> OnPostAsync(Guid id, List<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (await FolderUploads.StoreAsync(Mediator, id, files, Message, L, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        TempData[nameof(FolderDetailsModel.UploadStored)] = report.Stored;
        TempData[nameof(FolderDetailsModel.UploadRefused)] = report.Refused;
        return RedirectToPage("/Folders/Details", new { area = "Vault", id });
    }
}
