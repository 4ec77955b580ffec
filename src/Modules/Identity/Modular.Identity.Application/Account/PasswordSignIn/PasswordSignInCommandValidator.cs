using Modular.Identity.Application;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;


namespace Modular.Identity.Application.Account.PasswordSignIn;

internal sealed class PasswordSignInCommandValidator : IValidator<PasswordSignInCommand>
{
    public IEnumerable<ValidationFailure> Validate(PasswordSignInCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return ValidationFailure.Of(nameof(request.Email), IdentityFieldErrors.EmailRequired);
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            yield return ValidationFailure.Of(nameof(request.Password), IdentityFieldErrors.PasswordRequired);
        }
    }
}
