using Modular.SharedKernel.Messaging;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Contracts.Account;

public enum SignInOutcome
{
    SignedIn,
    RequiresTwoFactor,
    MustChangePassword,
}

/// <summary>
/// How a sign-in step ended. Once the person is signed in (not while a second factor is awaited),
/// <paramref name="PreferredLanguage"/> is their account's language, for pages to follow.
/// </summary>
public sealed record SignInDto(SignInOutcome Outcome, string? PreferredLanguage);

/// <summary>Signs a person in with email and password; failures are throttled per account and address, never lock the account.</summary>
/// <param name="RemoteAddress">The caller's address as the forwarded-headers rules believe it: sign-ins are throttled per account and address.</param>
public sealed record PasswordSignInCommand(string Email, string Password, bool RememberMe, string? RemoteAddress = null, string? Device = null) : ICommand<SignInDto>;

/// <summary>Second step of a sign-in: an authenticator code, or one recovery code.</summary>
public sealed record TwoFactorSignInCommand(string Code, bool IsRecoveryCode, bool RememberMachine, string? RemoteAddress = null, string? Device = null) : ICommand<SignInDto>;

public sealed record SignOutCommand : ICommand;

/// <summary>
/// Creates the account of a person invited from outside (External role, no organisation). Sent only
/// after an invitation's link and code were checked. When <paramref name="Email"/> is the address
/// the invitation was sent to (<paramref name="InvitedEmail"/>), the account is made and signed in at
/// once. Any other address must be proved first: the account waits, unusable, for the 6-digit code
/// mailed to it (<see cref="ConfirmExternalAccountCommand"/>), and the answer is
/// <see cref="RegistrationOutcome.CodeSent"/> whether or not the address already has an account (its
/// owner is told by mail instead), so the form tells no one which addresses have accounts. The
/// account keeps <paramref name="PreferredLanguage"/> (one of <see cref="PreferredLanguages.All"/>).
/// </summary>
public sealed record RegisterExternalAccountCommand(string Email, string DisplayName, string Password, string PreferredLanguage, string? InvitedEmail = null)
    : ICommand<RegistrationOutcome>;

public enum RegistrationOutcome
{
    /// <summary>The account exists and the person is signed in.</summary>
    SignedIn,

    /// <summary>A code was mailed to the address: the account is usable once it is given back.</summary>
    CodeSent,
}

/// <summary>
/// Proves an address given at registration with the 6-digit code mailed to it, then signs the person
/// in. Wrong codes are throttled like wrong passwords (per address and account).
/// </summary>
public sealed record ConfirmExternalAccountCommand(string Email, string Code, string? RemoteAddress = null) : ICommand<Guid>;

[RequireAuthenticated]
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand;

public sealed record AccountDto(
    Guid Id,
    string Email,
    string DisplayName,
    Guid? OrganisationId,
    string? OrganisationName,
    IReadOnlyList<string> Roles,
    string PersonalCode,
    bool MfaEnabled,
    int RecoveryCodesLeft,
    bool MustChangePassword,
    string PreferredLanguage);

[RequireAuthenticated]
public sealed record GetMyAccountQuery : IQuery<AccountDto>;

/// <summary>
/// Remembers the signed-in person's language ("fr" or "en"; see <see cref="PreferredLanguages"/>):
/// their emails and, on any browser they sign in with, their pages use it.
/// </summary>
[RequireAuthenticated]
public sealed record SetPreferredLanguageCommand(string Language) : ICommand;

/// <summary>How to address a person: where to write and in which language.</summary>
public sealed record AccountContactDto(Guid UserId, string Email, string DisplayName, string PreferredLanguage, Guid? OrganisationId, bool IsActive, bool MfaEnabled);

/// <summary>
/// The contact details of any account, for a module that writes to that person. Internal only: it
/// carries no requirement, so a background consumer (no one signed in) can send it, and no page or
/// endpoint may expose it.
/// </summary>
public sealed record GetAccountContactQuery(Guid UserId) : IQuery<AccountContactDto>;

/// <summary>
/// An organisation's name, for a module that names it on a public page or in an email. Internal
/// only, like <see cref="GetAccountContactQuery"/>: no page or endpoint may expose it as such.
/// </summary>
public sealed record GetOrganisationNameQuery(Guid OrganisationId) : IQuery<string>;

/// <summary>An authenticator enrolment in progress: the shared key (grouped by four for typing) and its otpauth address (for a QR code).</summary>
public sealed record MfaEnrolmentDto(string SharedKey, string AuthenticatorUri);

/// <summary>
/// Starts authenticator enrolment, or shows the one in progress: the key stays the same until the
/// enrolment is confirmed or cancelled, and starting changes no security stamp (no other session ends).
/// </summary>
[RequireAuthenticated]
public sealed record StartMfaEnrolmentCommand : ICommand<MfaEnrolmentDto>;

/// <summary>The enrolment in progress, to show again (after a wrong code); never starts one.</summary>
[RequireAuthenticated]
public sealed record GetMfaEnrolmentQuery : IQuery<MfaEnrolmentDto>;

/// <summary>
/// Confirms enrolment with a code from the app; returns the recovery codes, shown once. Success
/// changes the security stamp, which ends the person's other sessions; a wrong code keeps the key.
/// </summary>
[RequireAuthenticated]
public sealed record ConfirmMfaEnrolmentCommand(string Code) : ICommand<IReadOnlyList<string>>;

/// <summary>Cancels the enrolment in progress: its key is discarded and no code from it will enable MFA.</summary>
[RequireAuthenticated]
public sealed record CancelMfaEnrolmentCommand : ICommand;

[RequireAuthenticated]
public sealed record DisableMfaCommand(string CurrentPassword) : ICommand;

[RequireAuthenticated]
public sealed record RegenerateRecoveryCodesCommand : ICommand<IReadOnlyList<string>>;

public sealed record AccountSummaryDto(Guid Id, string Email, string DisplayName, Guid? OrganisationId, bool IsActive);

/// <summary>Finds the account a personal identification code belongs to (to grant it access).</summary>
[RequireAuthenticated]
public sealed record FindAccountByPersonalCodeQuery(string Code) : IQuery<AccountSummaryDto>;

public sealed record OrganisationMemberDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool IsActive);

public sealed record OrganisationDto(Guid Id, string Name, IReadOnlyList<OrganisationMemberDto> Members);

/// <summary>The caller's organisation and its members (API: scope identity.read).</summary>
[RequireAuthenticated]
[RequireScope(IdentityScopes.Read)]
public sealed record GetMyOrganisationQuery : IQuery<OrganisationDto>;

/// <summary>
/// The names, as their organisation knows them now, of accounts of the caller's organisation (the
/// authors of journal and history lines); an id outside it, or a caller without one, gets no name.
/// </summary>
[RequireAuthenticated]
public sealed record GetMemberNamesQuery(IReadOnlyCollection<Guid> UserIds) : IQuery<IReadOnlyDictionary<Guid, string>>;
