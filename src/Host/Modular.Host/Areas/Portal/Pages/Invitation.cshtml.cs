using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Modular.ClientPortal.Contracts;
using Modular.Host.Pages;
using Modular.Identity.Contracts.Account;

namespace Modular.Host.Areas.Portal.Pages;

/// <summary>
/// « Vous recevez un message avec votre lien personnel »: the invited person creates their account
/// for the invited address (a password; two-factor authentication comes next, before any document),
/// or signs in to the account they have; then joins the company's portal.
/// </summary>
public sealed class PortalInvitationModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Identity.IdentityOptions> identity) : ModularPageModel(mediator, localizer)
{
    public string PasswordRules => Modular.Host.Pages.PasswordRules.Describe(identity.Value.Password, L);

    public PortalInvitationDto? Invitation { get; private set; }

    /// <summary>Why the link cannot be used (used, expired), instead of the forms.</summary>
    public string? Refusal { get; private set; }

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public string Token { get; private set; } = "";

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken) =>
        await LoadAsync(token, cancellationToken) ?? Page();

    /// <summary>« Créer mon compte »: the account for the invited address, signed in at once; then the person joins.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Invitation is null || SignedIn)
        {
            return Page();
        }

        if (!string.Equals(Input.Password, Input.ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError("Input.ConfirmPassword", L["Invitations.PasswordsDiffer"]);
            return Page();
        }

        var registered = await Mediator.Send(
            new RegisterExternalAccountCommand(
                Invitation.Email, Input.DisplayName ?? Invitation.DisplayName, Input.Password ?? "", CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, Invitation.Email),
            cancellationToken);
        if (registered.IsFailure)
        {
            if (registered.Error.Code == "email-taken")
            {
                ModelState.AddModelError(string.Empty, L["Portal.Invitation.HasAccount"]);
                return Page();
            }

            AddErrors(registered.Error);
            return Page();
        }

        // Signed in from the next request on: the page offers to join.
        return Redirect($"/Portal/Invitation/{Uri.EscapeDataString(token)}");
    }

    /// <summary>« Rejoindre le portail »: the signed-in account joins the company.</summary>
    public async Task<IActionResult> OnPostJoinAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Invitation is null || !SignedIn)
        {
            return Page();
        }

        var joined = await Mediator.Send(new AcceptPortalInvitationCommand(token), cancellationToken);
        if (joined.IsFailure)
        {
            ModelState.AddModelError(string.Empty, Message(joined.Error));
            return Page();
        }

        StatusMessage = L["Portal.Invitation.Joined", Invitation.CompanyName];
        return Redirect("/Portal");
    }

    /// <summary>The invitation, or the answer for a link that cannot be used (null when the page can be shown).</summary>
    private async Task<IActionResult?> LoadAsync(string token, CancellationToken cancellationToken)
    {
        Token = token;
        var invitation = await Mediator.Send(new GetPortalInvitationQuery(token), cancellationToken);
        if (invitation.IsSuccess)
        {
            Invitation = invitation.Value;
            Input.DisplayName ??= Invitation.DisplayName;
            return null;
        }

        if (invitation.Error.Code == ClientPortalErrorCodes.InvitationUnknown)
        {
            return NotFound();
        }

        Refusal = Message(invitation.Error);
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }

    public sealed class AccountInput
    {
        public string? DisplayName { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
