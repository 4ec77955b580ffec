using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;

namespace Modular.Identity.Application.Account.RegisterExternalAccount;

internal sealed class RegisterExternalAccountCommandValidator : IValidator<RegisterExternalAccountCommand>
{
    public IEnumerable<ValidationFailure> Validate(RegisterExternalAccountCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return new ValidationFailure(nameof(request.Email), "L'adresse e-mail est obligatoire.");
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            yield return new ValidationFailure(nameof(request.DisplayName), "Le nom est obligatoire.");
        }
        else if (request.DisplayName.Trim().Length > 200)
        {
            yield return new ValidationFailure(nameof(request.DisplayName), "Le nom ne peut dépasser 200 caractères.");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            yield return new ValidationFailure(nameof(request.Password), "Choisissez un mot de passe.");
        }

        if (!PreferredLanguages.IsSupported(request.PreferredLanguage))
        {
            yield return new ValidationFailure(nameof(request.PreferredLanguage), IdentityErrors.LanguageUnknown.Message);
        }
    }
}
