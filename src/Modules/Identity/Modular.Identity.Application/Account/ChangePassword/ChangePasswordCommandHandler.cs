using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.ChangePassword;

internal sealed class ChangePasswordCommandHandler(ICurrentUser user, IAccountStore accounts, ISignInService signIn)
    : IRequestHandler<ChangePasswordCommand, Result>
{
    public async Task<Result> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        var changed = await accounts.ChangePasswordAsync(userId, request.CurrentPassword, request.NewPassword, cancellationToken);
        if (changed.IsFailure)
        {
            return changed;
        }

        // The session carried the "must change password" mark; a fresh cookie drops it.
        await signIn.RefreshSignInAsync(userId, cancellationToken);
        return Result.Success();
    }
}
