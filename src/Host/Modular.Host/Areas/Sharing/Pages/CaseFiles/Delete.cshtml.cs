using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages.CaseFiles;

/// <summary>Deleting a case file asks first; keys already sent still import the snapshot they carry.</summary>
public sealed class DeleteCaseFileModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public string ClientName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await ReadOrNullAsync(new GetCaseFileQuery(id), cancellationToken) is not { } caseFile)
        {
            return NotFound();
        }

        ClientName = SharingFormat.ClientName(caseFile.Content.Client);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new DeleteCaseFileCommand(id), cancellationToken);
        if (result.IsFailure)
        {
            return NotFound();
        }

        StatusMessage = L["Sharing.Deleted"];
        return RedirectToPage("Index");
    }
}
