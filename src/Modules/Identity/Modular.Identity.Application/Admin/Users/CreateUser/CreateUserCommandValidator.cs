using Modular.Identity.Application;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Messaging;


namespace Modular.Identity.Application.Admin.Users.CreateUser;

internal sealed class CreateUserCommandValidator : IValidator<CreateUserCommand>
{
    public IEnumerable<ValidationFailure> Validate(CreateUserCommand request)
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
    }
}
