using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Messaging;

namespace Modular.Identity.Application.Admin.Users.CreateUser;

internal sealed class CreateUserCommandValidator : IValidator<CreateUserCommand>
{
    public IEnumerable<ValidationFailure> Validate(CreateUserCommand request)
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
    }
}
