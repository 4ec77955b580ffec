using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Areas.Identity.Pages.Account;

public sealed class LogoutModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    /// <summary>Set by the OpenID Connect end-session endpoint when an application asks to sign the person out.</summary>
    public const string EndSessionMarker = "modular_end_session";

    public const string EndSessionEndpoint = "/connect/endsession";

    /// <summary>
    /// The application's end-session request, posted back to the endpoint once the person confirms
    /// (the endpoint checks each parameter, the return address among them); empty for our own sign-out.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> EndSessionRequest { get; private set; } = [];

    public void OnGet()
    {
        if (Request.Query.ContainsKey(EndSessionMarker))
        {
            EndSessionRequest = [.. Request.Query
                .Where(p => p.Key != EndSessionMarker && p.Key != "culture")
                .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? "")))];
        }
    }

    public bool IsEndSession => Request.Query.ContainsKey(EndSessionMarker);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new SignOutCommand(), cancellationToken);

        // A fresh request, so that the page is rendered without the session that just ended.
        return RedirectToPage();
    }
}
