using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Admin;

namespace Modular.Host.Areas.Admin.Pages.Users;

/// <summary>
/// The shared-credential signals of an account (two sessions at once, two distant networks): the
/// evidence the back office reads before it reactivates an account the watch ended.
/// </summary>
public sealed class SignalsModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AccountSignalsDto Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await Mediator.Send(new ListCredentialSignalsQuery(Id), cancellationToken);
        if (account.IsFailure)
        {
            return NotFound();
        }

        Account = account.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken)
    {
        var reactivated = await Mediator.Send(new ReactivateUserCommand(Id), cancellationToken);
        if (reactivated.IsFailure)
        {
            ModelState.AddModelError(string.Empty, Message(reactivated.Error!));
            return await OnGetAsync(cancellationToken);
        }

        StatusMessage = L["Admin.Users.ReactivatedDone"];
        return Redirect($"/Admin/Users/Signals/{Id}");
    }
}
