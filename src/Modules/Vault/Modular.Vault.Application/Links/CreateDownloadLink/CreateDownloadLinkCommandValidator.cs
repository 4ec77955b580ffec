using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Messaging;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Links.CreateDownloadLink;

/// <summary>A recipient's email, when given, is one (the documents are checked against the folder by the handler).</summary>
internal sealed class CreateDownloadLinkCommandValidator : IValidator<CreateDownloadLinkCommand>
{
    public IEnumerable<ValidationFailure> Validate(CreateDownloadLinkCommand request)
    {
        if (!string.IsNullOrWhiteSpace(request.RecipientEmail) && EmailAddress.TryParse(request.RecipientEmail) is null)
        {
            yield return ValidationFailure.Of(nameof(request.RecipientEmail), VaultErrors.RecipientEmailInvalid);
        }
    }
}
