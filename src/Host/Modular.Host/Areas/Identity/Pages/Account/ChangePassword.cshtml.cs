using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Areas.Identity.Pages.Account;

public sealed class ChangePasswordModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool MustChange => User.HasClaim(IdentityClaimTypes.MustChangePassword, "true");

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "ChangePassword.Current")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Display(Name = "ChangePassword.New")]
        public string NewPassword { get; set; } = "";

        [DataType(DataType.Password)]
        [Display(Name = "ChangePassword.Confirm")]
        [Compare(nameof(NewPassword), ErrorMessage = "ChangePassword.Mismatch")]
        public string ConfirmPassword { get; set; } = "";
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

        var result = await Mediator.Send(new ChangePasswordCommand(Input.CurrentPassword, Input.NewPassword), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error);
            return Page();
        }

        StatusMessage = L["ChangePassword.Done"];
        return LocalRedirect(SafeReturnUrl(ReturnUrl));
    }
}
