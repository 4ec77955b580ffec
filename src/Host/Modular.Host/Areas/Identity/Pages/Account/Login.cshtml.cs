using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Hosting;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Areas.Identity.Pages.Account;

public sealed class LoginModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, IHostEnvironment environment, IConfiguration configuration)
    : ModularPageModel(mediator, localizer)
{
    /// <summary>On a development machine with its demo data, the page says who to sign in as.</summary>
    public bool ShowDemoAccounts => environment.IsDevelopment() && configuration.GetValue("Modular:SeedDemoData", true);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Login.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "Login.Password")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Mediator.Send(new PasswordSignInCommand(Input.Email, Input.Password, Input.RememberMe, HttpContext.Connection.RemoteIpAddress?.ToString(), Request.Headers.UserAgent.ToString()), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error);
            return Page();
        }

        CultureCookie.FollowAccount(HttpContext, result.Value.PreferredLanguage);
        var returnUrl = SafeReturnUrl(ReturnUrl);
        return result.Value.Outcome switch
        {
            SignInOutcome.RequiresTwoFactor => RedirectToPage("./LoginWith2fa", new { ReturnUrl = returnUrl, Input.RememberMe }),
            SignInOutcome.MustChangePassword => RedirectToPage("./ChangePassword", new { ReturnUrl = returnUrl }),
            _ => LocalRedirect(returnUrl),
        };
    }
}
