using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Vault.Contracts;

namespace Modular.Host.Pages.Links;

/// <summary>
/// The public page of a download link ("/l/{token}"). Opening it consumes nothing (mail scanners
/// may open it first); posting the right code opens the 30-minute download session, kept in a
/// cookie limited to this link's path.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class OpenModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public const string SessionCookie = "modular.dl";

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? Code { get; set; }

    public DownloadLinkPreviewDto? Preview { get; private set; }

    public DownloadSessionDto? Session { get; private set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var preview = await Mediator.Send(new GetDownloadLinkQuery(Token), cancellationToken);
        if (preview.IsFailure)
        {
            return NotFound();
        }

        Preview = preview.Value;

        // The session this browser opened with the right code: a reload, or the link opened
        // again here, shows the documents again. Any other browser sees the link as used.
        if (Request.Cookies[SessionCookie] is { Length: > 0 } sessionToken)
        {
            var session = await Mediator.Send(new GetDownloadSessionQuery(Token, sessionToken), cancellationToken);
            Session = session.IsSuccess ? session.Value : null;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The code posted again (a reload of the answer, a second click) while this browser's
        // session is open: the session is shown, the code is not tried again.
        if (Request.Cookies[SessionCookie] is { Length: > 0 } open
            && (await Mediator.Send(new GetDownloadSessionQuery(Token, open), cancellationToken)).IsSuccess)
        {
            return RedirectToPage();
        }

        var redeemed = await Mediator.Send(new RedeemDownloadLinkCommand(Token, Code, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        if (redeemed.IsSuccess)
        {
            Response.Cookies.Append(SessionCookie, redeemed.Value.SessionToken, new CookieOptions
            {
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Strict,
                Path = $"/l/{Token}",
                Expires = redeemed.Value.ExpiresAt,
                IsEssential = true,
            });

            // Post, then redirect: the page of documents is a GET, which a reload repeats harmlessly.
            return RedirectToPage();
        }

        Refusal = ExplainCodeRefusal(redeemed.Error);
        var preview = await Mediator.Send(new GetDownloadLinkQuery(Token), cancellationToken);
        if (preview.IsFailure)
        {
            return NotFound();
        }

        Preview = preview.Value;
        return Page();
    }
}
