using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Areas.Identity.Pages.Account.Manage;

/// <summary>Enrol an authenticator app (or cancel), see recovery codes once, regenerate them, or turn MFA off.</summary>
public sealed class TwoFactorModel(IMediator mediator, IStringLocalizer<SharedResource> localizer) : ModularPageModel(mediator, localizer)
{
    public AccountDto? Account { get; private set; }

    public MfaEnrolmentDto? Enrolment { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    /// <summary>Where the person was going when MFA was asked of them (the client portal), offered once it is on; local addresses only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ContinueUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new StartMfaEnrolmentCommand(), cancellationToken);
        await LoadAsync(cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
        }
        else
        {
            Enrolment = result.Value;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? code, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new ConfirmMfaEnrolmentCommand(code ?? ""), cancellationToken);
        await LoadAsync(cancellationToken);
        if (result.IsFailure)
        {
            // The same key as before (a wrong code keeps it), or none if the enrolment was cancelled meanwhile.
            AddErrors(result.Error, prefix: null);
            Enrolment = await ReadOrNullAsync(new GetMfaEnrolmentQuery(), cancellationToken);
            return Page();
        }

        RecoveryCodes = result.Value;
        StatusMessage = L["Mfa.Enabled"];
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new CancelMfaEnrolmentCommand(), cancellationToken);
        if (result.IsFailure)
        {
            await LoadAsync(cancellationToken);
            AddErrors(result.Error, prefix: null);
            return Page();
        }

        StatusMessage = L["Mfa.Cancelled"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new RegenerateRecoveryCodesCommand(), cancellationToken);
        await LoadAsync(cancellationToken);
        if (result.IsFailure)
        {
            AddErrors(result.Error, prefix: null);
        }
        else
        {
            RecoveryCodes = result.Value;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string? currentPassword, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(new DisableMfaCommand(currentPassword ?? ""), cancellationToken);
        if (result.IsFailure)
        {
            await LoadAsync(cancellationToken);
            AddErrors(result.Error, prefix: null);
            return Page();
        }

        StatusMessage = L["Mfa.Disabled"];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Account = await ReadOrNullAsync(new GetMyAccountQuery(), cancellationToken);
    }
}
