using Modular.SharedKernel.Results;

namespace Modular.Identity.Application;

/// <summary>
/// Why a form's field is refused before the request reaches its handler (the validators'
/// refusals): coded, so that each reader gets the text in their language; French is the default.
/// </summary>
internal static class IdentityFieldErrors
{
    public const int MaxNameLength = 200;

    public static readonly Error EmailRequired = Error.Invalid("email-required", "L'adresse e-mail est obligatoire.");
    public static readonly Error NameRequired = Error.Invalid("name-required", "Le nom est obligatoire.");
    public static readonly Error NameTooLong = Error.Invalid("name-too-long", $"Le nom ne peut dépasser {MaxNameLength} caractères.").WithArguments(MaxNameLength);
    public static readonly Error ApiClientNameRequired = Error.Invalid("api-client-name-required", "Le nom du client est obligatoire.");
    public static readonly Error ApiClientNameTooLong = Error.Invalid("api-client-name-too-long", $"Le nom du client ne peut dépasser {MaxNameLength} caractères.").WithArguments(MaxNameLength);
    public static readonly Error ScopeRequired = Error.Invalid("scope-required", "Choisissez au moins une portée.");
    public static readonly Error PasswordToChoose = Error.Invalid("password-choose", "Choisissez un mot de passe.");
    public static readonly Error PasswordRequired = Error.Invalid("password-required", "Le mot de passe est obligatoire.");
    public static readonly Error CurrentPasswordRequired = Error.Invalid("current-password-required", "Le mot de passe actuel est obligatoire.");
    public static readonly Error NewPasswordRequired = Error.Invalid("new-password-required", "Le nouveau mot de passe est obligatoire.");
    public static readonly Error NewPasswordSame = Error.Invalid("new-password-same", "Le nouveau mot de passe doit être différent de l'actuel.");
    public static readonly Error TwoFactorCodeRequired = Error.Invalid("two-factor-code-required", "Le code est obligatoire.");
}
