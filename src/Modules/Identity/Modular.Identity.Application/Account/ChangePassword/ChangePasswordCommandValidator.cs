using Modular.Identity.Application;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;


namespace Modular.Identity.Application.Account.ChangePassword;

internal sealed class ChangePasswordCommandValidator : IValidator<ChangePasswordCommand>
{
    public IEnumerable<ValidationFailure> Validate(ChangePasswordCommand request)
    {
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            yield return ValidationFailure.Of(nameof(request.CurrentPassword), IdentityFieldErrors.CurrentPasswordRequired);
        }

        if (string.IsNullOrEmpty(request.NewPassword))
        {
            yield return ValidationFailure.Of(nameof(request.NewPassword), IdentityFieldErrors.NewPasswordRequired);
        }
        else if (request.NewPassword == request.CurrentPassword)
        {
            yield return ValidationFailure.Of(nameof(request.NewPassword), IdentityFieldErrors.NewPasswordSame);
        }
    }
}
