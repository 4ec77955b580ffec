using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages.CaseFiles;

/// <summary>"Nouveau dossier".</summary>
public sealed class CreateCaseFileModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : CaseFileFormModel(mediator, localizer)
{
    public void OnGet() => Input.WithBlankRows();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await SaveAsync(content => Mediator.Send(new CreateCaseFileCommand(content), cancellationToken));
        if (saved is not { IsSuccess: true })
        {
            return Page();
        }

        StatusMessage = L["Sharing.Created"];
        return RedirectToPage("Details", new { id = saved.Value });
    }
}
