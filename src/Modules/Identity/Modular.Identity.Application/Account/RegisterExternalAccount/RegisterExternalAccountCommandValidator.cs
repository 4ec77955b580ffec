using Modular.Identity.Application;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;


namespace Modular.Identity.Application.Account.RegisterExternalAccount;

internal sealed class RegisterExternalAccountCommandValidator : IValidator<RegisterExternalAccountCommand>
{
    public IEnumerable<ValidationFailure> Validate(RegisterExternalAccountCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return ValidationFailure.Of(nameof(request.Email), IdentityFieldErrors.EmailRequired);
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            yield return ValidationFailure.Of(nameof(request.DisplayName), IdentityFieldErrors.NameRequired);
        }
        else if (request.DisplayName.Trim().Length > IdentityFieldErrors.MaxNameLength)
        {
            yield return ValidationFailure.Of(nameof(request.DisplayName), IdentityFieldErrors.NameTooLong);
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            yield return ValidationFailure.Of(nameof(request.Password), IdentityFieldErrors.PasswordToChoose);
        }

        if (!PreferredLanguages.IsSupported(request.PreferredLanguage))
        {
            yield return ValidationFailure.Of(nameof(request.PreferredLanguage), IdentityErrors.LanguageUnknown);
        }
    }
}
