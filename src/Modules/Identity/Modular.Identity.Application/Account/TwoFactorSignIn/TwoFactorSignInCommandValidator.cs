using Modular.Identity.Application;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;


namespace Modular.Identity.Application.Account.TwoFactorSignIn;

internal sealed class TwoFactorSignInCommandValidator : IValidator<TwoFactorSignInCommand>
{
    public IEnumerable<ValidationFailure> Validate(TwoFactorSignInCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            yield return ValidationFailure.Of(nameof(request.Code), IdentityFieldErrors.TwoFactorCodeRequired);
        }
    }
}
