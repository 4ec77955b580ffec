using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Modular.Host.Pages;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Areas.Identity.Pages.Account;

public sealed class ChangePasswordModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, IOptions<IdentityOptions> identity)
    : ModularPageModel(mediator, localizer)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>
    /// The confirmation, kept for the next page shown whatever it is (the page it returns to may
    /// show no status of its own, like the home page), rather than in <see cref="ModularPageModel.StatusMessage"/>.
    /// </summary>
    public const string ChangedKey = "PasswordChanged";

    public bool MustChange => User.HasClaim(IdentityClaimTypes.MustChangePassword, "true");

    /// <summary>What the new password must hold, from the options it is checked against.</summary>
    public string Rules => PasswordRules.Describe(identity.Value.Password, L);

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

        // Read before the change, which signs the person in again without the temporary password's claim.
        var first = MustChange;
        var result = await Mediator.Send(new ChangePasswordCommand(Input.CurrentPassword, Input.NewPassword), cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error);
            return Page();
        }

        TempData[ChangedKey] = L[first ? "ChangePassword.DoneFirst" : "ChangePassword.Done"].Value;
        return LocalRedirect(SafeReturnUrl(ReturnUrl));
    }
}
