using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.RegenerateRecoveryCodes;

internal sealed class RegenerateRecoveryCodesCommandHandler(ICurrentUser user, IAccountStore accounts)
    : IRequestHandler<RegenerateRecoveryCodesCommand, Result<IReadOnlyList<string>>>
{
    public async Task<Result<IReadOnlyList<string>>> Handle(RegenerateRecoveryCodesCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        var account = await accounts.FindAsync(userId, cancellationToken);
        if (account is not { MfaEnabled: true })
        {
            return IdentityErrors.MfaNotEnabled;
        }

        return Result<IReadOnlyList<string>>.Success(await accounts.RegenerateRecoveryCodesAsync(userId, cancellationToken));
    }
}
