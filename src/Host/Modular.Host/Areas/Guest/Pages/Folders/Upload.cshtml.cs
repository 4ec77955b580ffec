using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;

namespace Modular.Host.Areas.Guest.Pages.Folders;

/// <summary>
/// Receives a guest's upload form, as the agent's upload page does; the module refuses the files
/// when the person may only read the folder (<c>folder-read-only</c>). Size limits: see the Host's composition.
/// </summary>
public sealed class GuestUploadModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public IActionResult OnGet(Guid id) => Redirect($"/Guest/Folders/{id}");

    public async Task<IActionResult> OnPostAsync(Guid id, List<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (await FolderUploads.StoreAsync(Mediator, id, files, Message, L, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        TempData[nameof(GuestFolderModel.UploadStored)] = report.Stored;
        TempData[nameof(GuestFolderModel.UploadRefused)] = report.Refused;
        return Redirect($"/Guest/Folders/{id}");
    }
}
