namespace Modular.Identity.Contracts;

/// <summary>
/// Error codes of the Identity module: stable, used as problem types and as the keys of the texts
/// people read (<c>Error.{code}</c> in the Host's resources, in French and English). Every code the
/// module's Domain and Application can return is here; a test fails when one is missing or lacks a text.
/// </summary>
public static class IdentityErrorCodes
{
    public const string InvalidCredentials = "invalid-credentials";
    public const string InvalidMfaCode = "invalid-mfa-code";
    public const string SignInThrottled = "sign-in-throttled";
    public const string EmailCodeInvalid = "email-code-invalid";
    public const string MandataryEmailTaken = "mandatary-email-taken";
    public const string SharedCredentials = "account-shared-credentials";
    public const string MfaSessionExpired = "mfa-session-expired";
    public const string NotSignedIn = "not-signed-in";
    public const string UserNotFound = "user-not-found";
    public const string PersonalCodeUnknown = "personal-code-unknown";
    public const string PersonalCodeMalformed = "personal-code-malformed";
    public const string EmailTaken = "email-taken";
    public const string EmailInvalid = "email-invalid";
    public const string RoleUnknown = "role-unknown";
    public const string OrganisationNotFound = "organisation-not-found";
    public const string OrganisationRequired = "organisation-required";
    public const string OrganisationNameRequired = "organisation-name-required";
    public const string OrganisationNameTooLong = "organisation-name-too-long";
    public const string OrganisationNameTaken = "organisation-name-taken";
    public const string NoOrganisation = "no-organisation";
    public const string WrongPassword = "wrong-password";
    public const string MfaCodeInvalid = "mfa-code-invalid";
    public const string MfaNotEnabled = "mfa-not-enabled";
    public const string MfaAlreadyEnabled = "mfa-already-enabled";
    public const string MfaEnrolmentNotStarted = "mfa-enrolment-not-started";
    public const string ClientNotFound = "client-not-found";
    public const string ScopeUnknown = "scope-unknown";
    public const string ScopesRequired = "scopes-required";
    public const string CannotLockOutSelf = "cannot-lock-out-self";
    public const string LanguageUnknown = "language-unknown";
    public const string EmailRequired = "email-required";
    public const string NameRequired = "name-required";
    public const string NameTooLong = "name-too-long";
    public const string ApiClientNameRequired = "api-client-name-required";
    public const string ApiClientNameTooLong = "api-client-name-too-long";
    public const string ScopeRequired = "scope-required";
    public const string PasswordToChoose = "password-choose";
    public const string PasswordRequired = "password-required";
    public const string CurrentPasswordRequired = "current-password-required";
    public const string NewPasswordRequired = "new-password-required";
    public const string NewPasswordSame = "new-password-same";
    public const string TwoFactorCodeRequired = "two-factor-code-required";
}
