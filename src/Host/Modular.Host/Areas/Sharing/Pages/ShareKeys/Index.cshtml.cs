using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.SharedKernel.Results;
using Modular.Sharing.Contracts;

namespace Modular.Host.Areas.Sharing.Pages.ShareKeys;

/// <summary>"Mes clés de partage": the keys the agent issued, by status; a pending key can be revoked.</summary>
public sealed class ShareKeysIndexModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public ShareKeyStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedList<ShareKeyDto>? Keys { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ListMyShareKeysQuery(Status, PageNumber), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
            return;
        }

        Keys = result.Value;
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid shareKeyId, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new RevokeShareKeyCommand(shareKeyId), cancellationToken);
        if (result.IsFailure)
        {
            ModelState.AddModelError(string.Empty, Message(result.Error));
            await OnGetAsync(cancellationToken);
            return Page();
        }

        StatusMessage = L["Sharing.Keys.Revoked"];
        return RedirectToPage(new { Status, PageNumber });
    }
}
