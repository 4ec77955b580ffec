using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Areas.Identity.Pages.Account;

public sealed class LogoutModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new SignOutCommand(), cancellationToken);

        // A fresh request, so that the page is rendered without the session that just ended.
        return RedirectToPage();
    }
}
