using Modular.SharedKernel.Results;
using Modular.SharedKernel.Text;

namespace Modular.Identity.Application;

/// <summary>
/// The module's failures. Codes are stable and declared once for callers in Contracts'
/// IdentityErrorCodes (a test keeps the two equal); people read the Host's text for the code in
/// their language, and the French message is the default text.
/// </summary>
internal static class IdentityErrors
{
    // One message for a wrong password and an unknown account, so that neither can be told apart.
    public static readonly Error InvalidCredentials = Error.Unauthorized("invalid-credentials", "Adresse e-mail ou mot de passe incorrect.");
    public static readonly Error InvalidTwoFactorCode = Error.Unauthorized("invalid-mfa-code", "Code de vérification incorrect.");
    public static readonly Error TwoFactorSessionExpired = Error.Unauthorized("mfa-session-expired", "La session de connexion a expiré. Veuillez saisir à nouveau vos identifiants.");
    public static readonly Error NotSignedIn = Error.Unauthorized("not-signed-in", "Vous devez être connecté.");
    public static readonly Error UserNotFound = Error.NotFound("user-not-found", "Utilisateur introuvable.");
    public static readonly Error PersonalCodeUnknown = Error.NotFound("personal-code-unknown", "Aucun compte ne correspond à ce code personnel d'identification.");
    public static readonly Error PersonalCodeMalformed = Error.Invalid("personal-code-malformed", "Le code personnel d'identification comporte 8 caractères (par exemple 7KXM-4QRT).");
    public static readonly Error EmailTakenSignIn = Error.Conflict("email-taken", "Un compte existe déjà avec cette adresse e-mail : connectez-vous avec ce compte pour accepter l'invitation.");

    public static readonly Error EmailTaken = Error.Conflict("email-taken", "Un compte existe déjà avec cette adresse e-mail.");

    public static readonly Error SharedCredentialsDeactivated = Error.Forbidden(
        "account-shared-credentials",
        "Pour protéger l'utilisateur, nous avons désactivé ce compte : une autre personne semble utiliser ses éléments d'identification. Nous voulons ainsi lui éviter d'être tenu responsable d'une action qu'il n'a pas effectuée. Communiquez avec nous pour le réactiver.");

    public static readonly Error MandataryEmailTaken = Error.Conflict(
        "mandatary-email-taken", "L'adresse de courriel du mandataire est celle d'un compte d'une autre organisation ou d'un utilisateur externe : le mandataire doit donner sa propre adresse professionnelle.");
    public static readonly Error EmailCodeInvalid = Error.Invalid("email-code-invalid", "Ce code n'est pas le bon, ou il a expiré : vérifiez le dernier message reçu, ou recommencez pour en recevoir un nouveau.");
    public static readonly Error EmailInvalid = Error.Invalid("email-invalid", "L'adresse e-mail n'est pas valide.");
    public static readonly Error RoleUnknown = Error.Invalid("role-unknown", "Rôle inconnu.");
    public static readonly Error OrganisationNotFound = Error.NotFound("organisation-not-found", "Organisation introuvable.");
    public static readonly Error OrganisationRequired = Error.Invalid("organisation-required", "Un agent ou un administrateur appartient à une organisation.");
    public static readonly Error OrganisationNameTaken = Error.Conflict("organisation-name-taken", "Une organisation porte déjà ce nom.");
    public static readonly Error NoOrganisation = Error.NotFound("no-organisation", "Ce compte n'appartient à aucune organisation.");
    public static readonly Error WrongPassword = Error.Invalid("wrong-password", "Le mot de passe actuel est incorrect.");
    public static readonly Error MfaCodeInvalid = Error.Invalid("mfa-code-invalid", "Ce code ne correspond pas. La clé n'a pas changé : vérifiez l'heure de votre téléphone, puis saisissez le code que l'application affiche maintenant.");
    public static readonly Error MfaNotEnabled = Error.Conflict("mfa-not-enabled", "L'authentification à deux facteurs n'est pas activée.");
    public static readonly Error MfaAlreadyEnabled = Error.Conflict("mfa-already-enabled", "L'authentification à deux facteurs est déjà activée.");
    public static readonly Error MfaEnrolmentNotStarted = Error.Conflict("mfa-enrolment-not-started", "Aucune activation n'est en cours (elle a peut-être été annulée) : recommencez avec « Activer avec une application d'authentification ».");
    public static readonly Error ClientNotFound = Error.NotFound("client-not-found", "Client d'API introuvable.");
    public static readonly Error ScopeUnknown = Error.Invalid("scope-unknown", "Portée inconnue.");
    public static readonly Error CannotLockOutSelf = Error.Conflict("cannot-lock-out-self", "Vous ne pouvez pas verrouiller ni désactiver votre propre compte.");
    public static readonly Error LanguageUnknown = Error.Invalid("language-unknown", "Langue inconnue : choisissez le français ou l'anglais.");
    public static readonly Error ScopesRequired = Error.Invalid("scopes-required", "Choisissez au moins une portée.");

    /// <summary>The same for every account, existing or not: it tells how long to wait, never whether the account exists.</summary>
    public static Error SignInThrottled(TimeSpan retryAfter) =>
        Error.Throttled("sign-in-throttled", retryAfter, minutes => $"Trop de tentatives de connexion pour ce compte depuis votre adresse : réessayez dans {minutes} {Plural.French(minutes, "minute", "minutes")}.");
}
