using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.Links;

/// <summary>
/// « Vérifier un accusé de téléchargement »: paste a receipt, and read what it says once its
/// signature is found valid, or why it is refused; the text pasted stays in the form.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class VerifyModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public string? Receipt { get; set; }

    public VerifiedDownloadReceiptDto? Verified { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new VerifyDownloadReceiptQuery(Receipt), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return Page();
        }

        Verified = result.Value;
        return Page();
    }
}
