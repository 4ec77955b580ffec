using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Admin.Users.LockUser;

internal sealed class LockUserCommandHandler(IAccountStore accounts, ICurrentUser user) : IRequestHandler<LockUserCommand, Result>
{
    public async Task<Result> Handle(LockUserCommand request, CancellationToken cancellationToken) =>
        request.UserId == user.UserId
            ? IdentityErrors.CannotLockOutSelf
            : await accounts.SetLockedAsync(request.UserId, locked: true, cancellationToken);
}
