using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages.CaseFiles;

/// <summary>A case file: its content, its history and the versions an import erased, which can be restored.</summary>
public sealed class CaseFileDetailsModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public CaseFileDto CaseFile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetCaseFileQuery(id), cancellationToken);
        if (result.IsFailure)
        {
            return NotFound();
        }

        CaseFile = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, Guid restorePointId, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new RestoreCaseFileCommand(id, restorePointId), cancellationToken);
        if (result.IsFailure && result.Error.Code == SharingErrorCodes.CaseNotFound)
        {
            return NotFound();
        }

        if (result.IsFailure)
        {
            ModelState.AddModelError(string.Empty, Message(result.Error));
            return await OnGetAsync(id, cancellationToken);
        }

        StatusMessage = L["Sharing.Restored"];
        return RedirectToPage(new { id });
    }
}
