using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Vault.Contracts;

namespace Modular.Host.Areas.Vault.Pages;

/// <summary>"Coffre": the organisation's folders, and a form to create one.</summary>
public sealed class VaultIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public NewFolderInput Input { get; set; } = new();

    public IReadOnlyList<FolderDto>? Folders { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListFoldersQuery(), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return;
        }

        Folders = result.Value;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new CreateFolderCommand(Input.Name ?? "", Input.IsPublic), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error);
            await OnGetAsync(cancellationToken);
            return Page();
        }

        StatusMessage = L["Vault.FolderCreated"];
        return RedirectToPage("/Folders/Details", new { area = "Vault", id = result.Value });
    }

    public sealed class NewFolderInput
    {
        public string? Name { get; set; }

        public bool IsPublic { get; set; }
    }
}
