using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.Folders;

/// <summary>
/// Receives a folder's upload form: each file goes to the vault on its own, streamed, and the
/// folder page then reports which were stored and why the others were refused. The request's size
/// limits are set for this page alone (see the Host's composition).
/// </summary>
public sealed class UploadModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    /// <summary>The most files one upload form may carry.</summary>
    public const int MaxFiles = 20;

    public IActionResult OnGet(Guid id) => RedirectToPage("/Folders/Details", new { area = "Vault", id });

    public async Task<IActionResult> OnPostAsync(Guid id, List<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var stored = new List<string>();
        var refused = new List<string>();
        if (files.Count == 0)
        {
            refused.Add(L["Vault.NoFileChosen"]);
        }
        else if (files.Count > MaxFiles)
        {
            refused.Add(L["Vault.TooManyFiles", MaxFiles]);
        }
        else
        {
            foreach (var file in files)
            {
                await using var content = file.OpenReadStream();
                var result = await Mediator.Send(new UploadDocumentCommand(id, file.FileName, content), cancellationToken);
                if (result.IsFailure && result.Error.Code == VaultErrorCodes.FolderNotFound)
                {
                    return NotFound();
                }

                if (result.IsSuccess)
                {
                    stored.Add(result.Value.Name);
                }
                else
                {
                    refused.Add(Message(result.Error));
                }
            }
        }

        TempData[nameof(FolderDetailsModel.UploadStored)] = stored.ToArray();
        TempData[nameof(FolderDetailsModel.UploadRefused)] = refused.ToArray();
        return RedirectToPage("/Folders/Details", new { area = "Vault", id });
    }
}
