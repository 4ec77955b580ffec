using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages.Folders;

/// <summary>
/// "Lien de téléchargement": pick documents of the folder, type or generate a 6-digit code, give
/// the recipient's email if the link should be emailed; the link is then shown once with the rules.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class LinkModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public FolderDetailsDto Folder { get; private set; } = null!;

    [BindProperty]
    public List<Guid> DocumentIds { get; set; } = [];

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecipientEmail { get; set; }

    public CreatedDownloadLinkDto? Created { get; private set; }

    /// <summary>The code to pass on: the one typed, or the one generated.</summary>
    public string? CodeToPassOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var result = await Mediator.Send(new CreateDownloadLinkCommand(DocumentIds, Code, RecipientEmail, culture), cancellationToken);
        if (result.IsFailure)
        {
            if (result.Error.FieldErrors.Count > 0)
            {
                AddErrors(result.Error, prefix: null);
            }
            else
            {
                ModelState.AddModelError(string.Empty, Message(result.Error));
            }

            return Page();
        }

        Created = result.Value;
        CodeToPassOn = result.Value.Code ?? Code?.Replace(" ", "", StringComparison.Ordinal);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var folder = await Mediator.Send(new GetFolderQuery(id), cancellationToken);
        if (folder.IsFailure)
        {
            return false;
        }

        Folder = folder.Value;
        return true;
    }
}
