using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;

namespace Modular.Identity.Application.Account.PasswordSignIn;

internal sealed class PasswordSignInCommandValidator : IValidator<PasswordSignInCommand>
{
    public IEnumerable<ValidationFailure> Validate(PasswordSignInCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return new ValidationFailure(nameof(request.Email), "L'adresse e-mail est obligatoire.");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            yield return new ValidationFailure(nameof(request.Password), "Le mot de passe est obligatoire.");
        }
    }
}
