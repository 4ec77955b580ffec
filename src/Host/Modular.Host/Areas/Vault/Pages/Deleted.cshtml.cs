using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages;

/// <summary>
/// « Dossiers supprimés »: the organisation's deleted folders, who deleted each and what went with
/// it; with an id, one of them and the journal it kept.
/// </summary>
public sealed class DeletedFoldersModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public IReadOnlyList<DeletedFolderDto> Folders { get; private set; } = [];

    /// <summary>The deleted folder whose journal is shown, when the address names one.</summary>
    public DeletedFolderDetailsDto? Shown { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } folderId)
        {
            var shown = await Mediator.Send(new GetDeletedFolderQuery(folderId), cancellationToken);
            if (shown.IsFailure)
            {
                return NotFound();
            }

            Shown = shown.Value;
            return Page();
        }

        var listed = await Mediator.Send(new ListDeletedFoldersQuery(), cancellationToken);
        if (listed.IsFailure)
        {
            AddErrors(listed.Error, prefix: null);
            return Page();
        }

        Folders = listed.Value;
        return Page();
    }
}
