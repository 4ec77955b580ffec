using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;

namespace Modular.Identity.Application.Account.ConfirmExternalAccount;

internal sealed class ConfirmExternalAccountCommandValidator : IValidator<ConfirmExternalAccountCommand>
{
    public IEnumerable<ValidationFailure> Validate(ConfirmExternalAccountCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            yield return ValidationFailure.Of(nameof(request.Code), IdentityFieldErrors.TwoFactorCodeRequired);
        }
    }
}
