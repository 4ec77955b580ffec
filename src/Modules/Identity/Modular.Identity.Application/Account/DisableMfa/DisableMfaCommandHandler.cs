using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.DisableMfa;

internal sealed class DisableMfaCommandHandler(ICurrentUser user, IAccountStore accounts, ISignInService signIn)
    : IRequestHandler<DisableMfaCommand, Result>
{
    public async Task<Result> Handle(DisableMfaCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        if (!await accounts.CheckPasswordAsync(userId, request.CurrentPassword ?? "", cancellationToken))
        {
            return IdentityErrors.WrongPassword;
        }

        await accounts.DisableMfaAsync(userId, cancellationToken);
        await signIn.RefreshSignInAsync(userId, cancellationToken);
        return Result.Success();
    }
}
