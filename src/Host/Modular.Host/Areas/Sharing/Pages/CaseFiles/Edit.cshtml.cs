using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.SharedKernel.Results;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages.CaseFiles;

/// <summary>
/// Edits a case file against the revision it was read at: when it changed meanwhile (another tab,
/// an import), the save is refused, the person's input stays on screen, and they may replace the
/// current version with theirs on purpose.
/// </summary>
public sealed class EditCaseFileModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : CaseFileFormModel(mediator, localizer)
{
    [BindProperty]
    public int Revision { get; set; }

    /// <summary>Posted by "Enregistrer ma version quand même": the revision the person has now seen.</summary>
    [BindProperty]
    public int? OverwriteRevision { get; set; }

    /// <summary>Whether the save was refused because the case file changed meanwhile.</summary>
    public bool Modified { get; private set; }

    /// <summary>The revision it changed to, when known: saving against it replaces that version.</summary>
    public int? CurrentRevision { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetCaseFileQuery(id), cancellationToken);
        if (result.IsFailure)
        {
            return NotFound();
        }

        Input = CaseFileInput.From(result.Value.Content);
        Input.WithBlankRows();
        Revision = result.Value.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var expected = OverwriteRevision ?? Revision;
        var saved = await SaveAsync(content => Mediator.Send(new UpdateCaseFileCommand(id, expected, content), cancellationToken));
        if (saved is { IsFailure: true } && saved.Error.Code == SharingErrorCodes.CaseNotFound)
        {
            return NotFound();
        }

        if (saved is not { IsSuccess: true })
        {
            return Page();
        }

        StatusMessage = L["Sharing.Saved"];
        return RedirectToPage("Details", new { id });
    }

    protected override void OnFailure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Code != SharingErrorCodes.CaseModified)
        {
            base.OnFailure(error);
            return;
        }

        Modified = true;
        CurrentRevision = error.Extensions.GetValueOrDefault("currentRevision") as int?;
        ModelState.AddModelError(string.Empty, Message(error));
    }
}
