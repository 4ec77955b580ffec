using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.SetPreferredLanguage;

internal sealed class SetPreferredLanguageCommandHandler(ICurrentUser user, IAccountStore accounts)
    : IRequestHandler<SetPreferredLanguageCommand, Result>
{
    public async Task<Result> Handle(SetPreferredLanguageCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        // The validator refuses it first; checked again because only a known language may be stored.
        if (!PreferredLanguages.IsSupported(request.Language))
        {
            return IdentityErrors.LanguageUnknown;
        }

        return await accounts.SetPreferredLanguageAsync(userId, request.Language, cancellationToken);
    }
}
