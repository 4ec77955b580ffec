using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Host.Pages.Depot;

/// <summary>
/// The public page of a collecting request ("/depot/{token}"): upload-only. It lists the expected
/// items, with a file input each, and the names and dates of what was received; it never lists or
/// serves the folder's documents. Unknown links count against the address (429 past the limit).
/// The request's size limit is set for this page alone (see the Host's composition).
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class OpenModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public CollectionPreviewDto? Preview { get; private set; }

    /// <summary>Why the page cannot show the request, or why the last file was refused.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The item the refusal is about, to show it beside its form.</summary>
    public string? RefusedItem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? item, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Refusal = L["Vault.NoFileChosen"];
            RefusedItem = item;
            return await ShowAsync(cancellationToken);
        }

        await using var content = file.OpenReadStream();
        var result = await Mediator.Send(new UploadCollectedDocumentCommand(Token, item ?? "", file.FileName, content, RemoteAddress), cancellationToken);
        if (result.IsSuccess)
        {
            StatusMessage = L["Depot.Received", result.Value.FileName];
            return Redirect($"/depot/{Token}");
        }

        if (result.Error.Code is VaultErrorCodes.CodeThrottled or VaultErrorCodes.CollectionUnknown)
        {
            return Refuse(result.Error);
        }

        Refusal = Message(result.Error);
        RefusedItem = item;
        return await ShowAsync(cancellationToken);
    }

    private string? RemoteAddress => HttpContext.Connection.RemoteIpAddress?.ToString();

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var preview = await Mediator.Send(new GetCollectionByTokenQuery(Token, RemoteAddress), cancellationToken);
        if (preview.IsFailure)
        {
            return Refuse(preview.Error);
        }

        Preview = preview.Value;
        return Page();
    }

    /// <summary>An unknown link is a 404 and too many of them a 429 with Retry-After, each with a page that says so.</summary>
    private PageResult Refuse(Error error)
    {
        Preview = null;
        RefusedItem = null;
        if (error.Code == VaultErrorCodes.CodeThrottled)
        {
            var seconds = Convert.ToInt32(error.Extensions.GetValueOrDefault(VaultErrorCodes.RetryAfterExtension) ?? 60, CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        Refusal = Message(error);

        return Page();
    }
}
