using Modular.Identity.Application;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Messaging;


namespace Modular.Identity.Application.Account.SetPreferredLanguage;

internal sealed class SetPreferredLanguageCommandValidator : IValidator<SetPreferredLanguageCommand>
{
    public IEnumerable<ValidationFailure> Validate(SetPreferredLanguageCommand request)
    {
        if (!PreferredLanguages.IsSupported(request.Language))
        {
            yield return ValidationFailure.Of(nameof(request.Language), IdentityErrors.LanguageUnknown);
        }
    }
}
