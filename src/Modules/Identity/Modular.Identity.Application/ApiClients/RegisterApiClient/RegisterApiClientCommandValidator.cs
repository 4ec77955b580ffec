using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Messaging;

namespace Modular.Identity.Application.ApiClients.RegisterApiClient;

internal sealed class RegisterApiClientCommandValidator : IValidator<RegisterApiClientCommand>
{
    public IEnumerable<ValidationFailure> Validate(RegisterApiClientCommand request)
    {
        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            yield return new ValidationFailure(nameof(request.DisplayName), "Le nom du client est obligatoire.");
        }
        else if (request.DisplayName.Trim().Length > 200)
        {
            yield return new ValidationFailure(nameof(request.DisplayName), "Le nom du client ne peut dépasser 200 caractères.");
        }

        if (request.Scopes is not { Count: > 0 })
        {
            yield return new ValidationFailure(nameof(request.Scopes), "Choisissez au moins une portée.");
        }
    }
}
