using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;

namespace Modular.Identity.Application.Account.ChangePassword;

internal sealed class ChangePasswordCommandValidator : IValidator<ChangePasswordCommand>
{
    public IEnumerable<ValidationFailure> Validate(ChangePasswordCommand request)
    {
        if (string.IsNullOrEmpty(request.CurrentPassword))
        {
            yield return new ValidationFailure(nameof(request.CurrentPassword), "Le mot de passe actuel est obligatoire.");
        }

        if (string.IsNullOrEmpty(request.NewPassword))
        {
            yield return new ValidationFailure(nameof(request.NewPassword), "Le nouveau mot de passe est obligatoire.");
        }
        else if (request.NewPassword == request.CurrentPassword)
        {
            yield return new ValidationFailure(nameof(request.NewPassword), "Le nouveau mot de passe doit être différent de l'actuel.");
        }
    }
}
