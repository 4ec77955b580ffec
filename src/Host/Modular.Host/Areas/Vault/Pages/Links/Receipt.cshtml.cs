using System.Text;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.Links;

/// <summary>
/// « Accusé de téléchargement » of a link whose documents were downloaded: what it says, its text to
/// copy, and the <c>.jws</c> file to download (<see cref="OnGetFileAsync"/>); signed anew on each request.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ReceiptModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public DownloadReceiptDto? Receipt { get; private set; }

    /// <summary>Why there is no receipt yet (no document downloaded).</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetDownloadReceiptQuery(id), cancellationToken);
        if (result.IsFailure)
        {
            return Refused(result.Error);
        }

        Receipt = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new GetDownloadReceiptQuery(id), cancellationToken);
        return result.IsFailure
            ? Refused(result.Error)
            : File(Encoding.ASCII.GetBytes(result.Value.Jws), DownloadReceiptFormat.MediaType, result.Value.FileName);
    }

    private IActionResult Refused(SharedKernel.Results.Error error)
    {
        if (error.Code != VaultErrorCodes.LinkNotDownloaded)
        {
            return NotFound();
        }

        Refusal = Message(error);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
