using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Modular.Identity.Infrastructure.Accounts;

/// <summary>Identity's password and account messages, in French first and in English.</summary>
internal sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public override IdentityError PasswordTooShort(int length) => Describe(nameof(PasswordTooShort),
        $"Le mot de passe doit comporter au moins {length} caractères.", $"Passwords must be at least {length} characters.");

    public override IdentityError PasswordRequiresDigit() => Describe(nameof(PasswordRequiresDigit),
        "Le mot de passe doit comporter au moins un chiffre.", "Passwords must have at least one digit.");

    public override IdentityError PasswordRequiresLower() => Describe(nameof(PasswordRequiresLower),
        "Le mot de passe doit comporter au moins une minuscule.", "Passwords must have at least one lowercase letter.");

    public override IdentityError PasswordRequiresUpper() => Describe(nameof(PasswordRequiresUpper),
        "Le mot de passe doit comporter au moins une majuscule.", "Passwords must have at least one uppercase letter.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Describe(nameof(PasswordRequiresNonAlphanumeric),
        "Le mot de passe doit comporter au moins un caractère spécial.", "Passwords must have at least one non-alphanumeric character.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Describe(nameof(PasswordRequiresUniqueChars),
        $"Le mot de passe doit comporter au moins {uniqueChars} caractères différents.", $"Passwords must use at least {uniqueChars} different characters.");

    public override IdentityError PasswordMismatch() => Describe(nameof(PasswordMismatch),
        "Le mot de passe actuel est incorrect.", "The current password is incorrect.");

    public override IdentityError DuplicateEmail(string email) => Describe(nameof(DuplicateEmail),
        $"Un compte existe déjà avec l'adresse {email}.", $"An account already uses {email}.");

    public override IdentityError DuplicateUserName(string userName) => Describe(nameof(DuplicateUserName),
        $"Un compte existe déjà avec l'identifiant {userName}.", $"An account already uses the user name {userName}.");

    public override IdentityError InvalidEmail(string? email) => Describe(nameof(InvalidEmail),
        $"L'adresse e-mail « {email} » n'est pas valide.", $"The email address '{email}' is not valid.");

    public override IdentityError DefaultError() => Describe(nameof(DefaultError),
        "Une erreur inattendue s'est produite.", "An unexpected error occurred.");

    private static IdentityError Describe(string code, string french, string english) =>
        new() { Code = code, Description = English ? english : french };
}
