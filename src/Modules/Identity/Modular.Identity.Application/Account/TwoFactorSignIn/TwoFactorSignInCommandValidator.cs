using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;

namespace Modular.Identity.Application.Account.TwoFactorSignIn;

internal sealed class TwoFactorSignInCommandValidator : IValidator<TwoFactorSignInCommand>
{
    public IEnumerable<ValidationFailure> Validate(TwoFactorSignInCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            yield return new ValidationFailure(nameof(request.Code), "Le code est obligatoire.");
        }
    }
}
