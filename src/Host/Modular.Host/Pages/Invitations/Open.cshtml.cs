using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.Vault.Contracts;

namespace Modular.Host.Pages.Invitations;

/// <summary>
/// The public page of an invitation into a vault ("/invitation/{token}"). Opening it consumes
/// nothing; the right validation code opens a 30-minute session, kept in a cookie limited to this
/// invitation's path, during which the visitor accepts with their account, or creates one.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class InvitationOpenModel(IMediator mediator, IStringLocalizer<SharedResource> localizer, TimeProvider time, IOptions<IdentityOptions> identity)
    : ModularPageModel(mediator, localizer)
{
    public const string SessionCookie = "modular.inv";

    /// <summary>Identity's refusal of an address that already has an account: the visitor should sign in instead.</summary>
    private const string EmailTaken = "email-taken";

    /// <summary>As long as the module keeps the session open after the code.</summary>
    private static readonly TimeSpan SessionLifetime = TimeSpan.FromMinutes(30);

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    /// <summary>The address a code was mailed to, awaiting the code (the second step of « Créer mon compte »).</summary>
    [BindProperty]
    public string? PendingEmail { get; set; }

    [BindProperty]
    public string? EmailCode { get; set; }

    public InvitationPreviewDto Preview { get; private set; } = null!;

    /// <summary>The code was given in this browser: the second step (accept, or create an account) shows.</summary>
    public bool SessionOpen { get; private set; }

    public string? Refusal { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>What the password of a new account must hold, said before it is refused, from the options it is checked against.</summary>
    public string PasswordRules => Pages.PasswordRules.Describe(identity.Value.Password, L);

    public sealed class AccountInput
    {
        [Display(Name = "Invitations.Email")]
        public string? Email { get; set; }

        [Display(Name = "Invitations.DisplayName")]
        public string? DisplayName { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "Invitations.Password")]
        public string? Password { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "Invitations.ConfirmPassword")]
        public string? ConfirmPassword { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        SessionOpen = Session is not null;
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var verified = await Mediator.Send(new VerifyInvitationCodeCommand(Token, Code, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        if (verified.IsFailure && verified.Error.Code == VaultErrorCodes.InvitationUnknown)
        {
            return NotFound();
        }

        if (verified.IsSuccess)
        {
            Response.Cookies.Append(SessionCookie, verified.Value, new CookieOptions
            {
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Strict,
                Path = $"/invitation/{Token}",
                Expires = time.GetUtcNow().Add(SessionLifetime),
                IsEssential = true,
            });
            SessionOpen = true;
        }
        else
        {
            Refusal = ExplainCodeRefusal(verified.Error);
        }

        return await ShowAsync(cancellationToken);
    }

    /// <summary>« Accepter l'invitation », for a visitor already signed in.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            SessionOpen = Session is not null;
            return await ShowAsync(cancellationToken);
        }

        return await AcceptAsync(cancellationToken);
    }

    /// <summary>« Créer mon compte »: the account is created and signed in, then the invitation accepted in the same step.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        if (Session is not null && SignedIn)
        {
            return await AcceptAsync(cancellationToken);
        }

        // No account is made unless this browser's code session is really open on the server.
        if (!await CodeSessionOpenAsync(cancellationToken))
        {
            return await ShowAsync(cancellationToken);
        }
        if (!string.Equals(Input.Password, Input.ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(AccountInput.ConfirmPassword)}", L["Invitations.PasswordsDiffer"]);
            return await ShowAsync(cancellationToken);
        }

        var invitation = await Mediator.Send(new GetInvitationQuery(Token), cancellationToken);
        var registered = await Mediator.Send(
            new RegisterExternalAccountCommand(
                Input.Email ?? "", Input.DisplayName ?? "", Input.Password ?? "", CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
                invitation.IsSuccess ? invitation.Value.Email : null),
            cancellationToken);
        if (registered.IsFailure && registered.Error.Code == EmailTaken)
        {
            ModelState.AddModelError(string.Empty, L["Invitations.EmailTaken"]);
            return await ShowAsync(cancellationToken);
        }

        if (registered.IsFailure)
        {
            AddErrors(registered.Error);
            return await ShowAsync(cancellationToken);
        }

        if (registered.Value == RegistrationOutcome.CodeSent)
        {
            // The same answer whether or not the address has an account: its owner is told by mail.
            PendingEmail = Input.Email?.Trim();
            return await ShowAsync(cancellationToken);
        }

        return await AcceptAsync(cancellationToken);
    }

    /// <summary>« Activer mon compte »: the code mailed to an address other than the invitation's.</summary>
    public async Task<IActionResult> OnPostVerifyEmailAsync(CancellationToken cancellationToken)
    {
        if (!await CodeSessionOpenAsync(cancellationToken))
        {
            return await ShowAsync(cancellationToken);
        }

        var confirmed = await Mediator.Send(new ConfirmExternalAccountCommand(PendingEmail ?? "", EmailCode ?? "", HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        if (confirmed.IsFailure)
        {
            AddErrors(confirmed.Error, prefix: null);
            return await ShowAsync(cancellationToken);
        }

        return await AcceptAsync(cancellationToken);
    }

    /// <summary>Whether this browser's code session is open on the server; when not, <see cref="Refusal"/> says why.</summary>
    private async Task<bool> CodeSessionOpenAsync(CancellationToken cancellationToken)
    {
        if (Session is null)
        {
            Refusal = L["Error.invitation-session-closed"];
            return false;
        }

        var open = await Mediator.Send(new CheckInvitationSessionQuery(Token, Session), cancellationToken);
        if (open.IsFailure)
        {
            Refusal = Message(open.Error);
            return false;
        }

        SessionOpen = true;
        return true;
    }

    private string? Session => Request.Cookies[SessionCookie] is { Length: > 0 } session ? session : null;

    private async Task<IActionResult> AcceptAsync(CancellationToken cancellationToken)
    {
        var accepted = await Mediator.Send(new AcceptInvitationCommand(Token, Session ?? ""), cancellationToken);
        if (accepted.IsSuccess)
        {
            Response.Cookies.Delete(SessionCookie, new CookieOptions { Path = $"/invitation/{Token}" });
            StatusMessage = L["Invitations.Accepted"];
            return Redirect($"/Guest/Folders/{accepted.Value}");
        }

        if (accepted.Error.Code == VaultErrorCodes.InvitationUnknown)
        {
            return NotFound();
        }

        Refusal = Message(accepted.Error);
        SessionOpen = accepted.Error.Code != VaultErrorCodes.InvitationSessionClosed && Session is not null;
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var preview = await Mediator.Send(new GetInvitationQuery(Token), cancellationToken);
        if (preview.IsFailure)
        {
            return NotFound();
        }

        Preview = preview.Value;
        SessionOpen &= Preview.Status == InvitationStatus.Sent;
        if (string.IsNullOrEmpty(Input.Email))
        {
            Input.Email = Preview.Email;
        }
        return Page();
    }
}
