using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.Folders;

/// <summary>
/// The confirmation of a folder's deletion: it names the folder, its documents and what goes with
/// them (links revoked, rights removed, requests cancelled); the post carries the document count
/// confirmed, so that a folder that changed meanwhile is shown again rather than deleted.
/// </summary>
public sealed class DeleteFolderModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public FolderDeletionDto Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <param name="documentCount">The number of documents the confirmation named.</param>
    public async Task<IActionResult> OnPostAsync(Guid id, int documentCount, CancellationToken cancellationToken)
    {
        var deleted = await Mediator.Send(new DeleteFolderCommand(id, documentCount), cancellationToken);
        if (deleted.IsFailure)
        {
            if (deleted.Error.Code == VaultErrorCodes.FolderNotFound)
            {
                return NotFound();
            }

            AddErrors(deleted.Error, prefix: null);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        StatusMessage = L.Count("Vault.FolderDeleted", deleted.Value.Documents, deleted.Value.Name, deleted.Value.Documents);
        return RedirectToPage("/Index", new { area = "Vault" });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetFolderDeletionQuery(id), cancellationToken);
        if (result.IsFailure)
        {
            return false;
        }

        Deletion = result.Value;
        return true;
    }
}
