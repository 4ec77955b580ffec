using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.SharedKernel.Messaging;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.Folders;

/// <summary>
/// A folder of the vault: its documents (download, rename, delete after confirmation), the upload
/// form, the download links made from it with their status (and « Révoquer » while one can still
/// be used), and the folder's journal; the folder's deletion is confirmed on <see cref="DeleteFolderModel"/>. Uploads post to <see cref="UploadModel"/>, whose report shows here.
/// </summary>
public sealed class FolderDetailsModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public FolderDetailsDto Folder { get; private set; } = null!;

    public UploadRulesDto? Rules { get; private set; }

    /// <summary>The download links made from this folder, newest first.</summary>
    public IReadOnlyList<DownloadLinkSummaryDto> Links { get; private set; } = [];

    /// <summary>The requests whose uploads land in this folder (« Collecter des documents »).</summary>
    public IReadOnlyList<CollectionRequestDto> Collections { get; private set; } = [];

    /// <summary>The document whose deletion waits for confirmation, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? ConfirmDelete { get; set; }

    /// <summary>The last upload's report: names stored, and why the others were refused.</summary>
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
        Rules = await ReadOrNullAsync(new GetUploadRulesQuery(), cancellationToken);
        Links = await ReadOrNullAsync(new ListFolderLinksQuery(id), cancellationToken) ?? [];
        Collections = await ReadOrNullAsync(new ListFolderCollectionRequestsQuery(id), cancellationToken) ?? [];
        return Page();
    }

    public Task<IActionResult> OnPostRenameAsync(Guid id, string? name, CancellationToken cancellationToken) =>
        RunAsync(id, new RenameFolderCommand(id, name ?? ""), "Vault.FolderRenamed", cancellationToken);

    public Task<IActionResult> OnPostRenameDocumentAsync(Guid id, Guid documentId, string? name, CancellationToken cancellationToken) =>
        RunAsync(id, new RenameDocumentCommand(documentId, name ?? "", FolderId: id), "Vault.DocumentRenamed", cancellationToken);

    public Task<IActionResult> OnPostDeleteDocumentAsync(Guid id, Guid documentId, CancellationToken cancellationToken) =>
        RunAsync(id, new DeleteDocumentCommand(documentId, FolderId: id), "Vault.DocumentDeleted", cancellationToken);

    /// <summary>Revokes one of the folder's links (sent to the wrong person, say); back to the list of links.</summary>
    public Task<IActionResult> OnPostRevokeLinkAsync(Guid id, Guid linkId, CancellationToken cancellationToken) =>
        RunAsync(id, new RevokeDownloadLinkCommand(linkId, FolderId: id), "Vault.Links.Revoked", cancellationToken, fragment: "links");

    private async Task<IActionResult> RunAsync(Guid id, ICommand command, string done, CancellationToken cancellationToken, string? fragment = null)
    {
        var result = await Mediator.Send(command, cancellationToken);
        if (result.IsFailure && result.Error.Code is VaultErrorCodes.FolderNotFound or VaultErrorCodes.DocumentNotFound or VaultErrorCodes.DownloadLinkNotFound)
        {
            return NotFound();
        }

        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return await OnGetAsync(id, cancellationToken);
        }

        StatusMessage = L[done];
        return RedirectToPage(null, null, new { id }, fragment);
    }
}
