using Modular.Identity.Application;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Messaging;


namespace Modular.Identity.Application.ApiClients.RegisterApiClient;

internal sealed class RegisterApiClientCommandValidator : IValidator<RegisterApiClientCommand>
{
    public IEnumerable<ValidationFailure> Validate(RegisterApiClientCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            yield return ValidationFailure.Of(nameof(request.DisplayName), IdentityFieldErrors.ApiClientNameRequired);
        }
        else if (request.DisplayName.Trim().Length > IdentityFieldErrors.MaxNameLength)
        {
            yield return ValidationFailure.Of(nameof(request.DisplayName), IdentityFieldErrors.ApiClientNameTooLong);
        }

        if (request.Scopes is not { Count: > 0 })
        {
            yield return ValidationFailure.Of(nameof(request.Scopes), IdentityFieldErrors.ScopeRequired);
        }
    }
}
