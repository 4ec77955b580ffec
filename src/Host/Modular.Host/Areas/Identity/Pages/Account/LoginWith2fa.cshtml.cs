using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Hosting;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Areas.Identity.Pages.Account;

public sealed class LoginWith2faModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Mfa.SignIn.Code")]
    public string Code { get; set; } = "";

    [BindProperty]
    public bool RememberMachine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool UseRecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Mediator.Send(new TwoFactorSignInCommand(Code, UseRecoveryCode, RememberMachine, HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()), cancellationToken);
        if (result.IsFailure)
        {
            if (result.Error.Code == "mfa-session-expired")
            {
                StatusMessage = Message(result.Error);
                return RedirectToPage("./Login", new { ReturnUrl });
            }

            AddErrors(result.Error, prefix: null);
            return Page();
        }

        CultureCookie.FollowAccount(HttpContext, result.Value.PreferredLanguage);
        var returnUrl = SafeReturnUrl(ReturnUrl);
        return result.Value.Outcome == SignInOutcome.MustChangePassword
            ? RedirectToPage("./ChangePassword", new { ReturnUrl = returnUrl })
            : LocalRedirect(returnUrl);
    }
}
