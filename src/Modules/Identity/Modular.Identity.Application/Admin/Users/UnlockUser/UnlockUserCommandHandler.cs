using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Admin.Users.UnlockUser;

internal sealed class UnlockUserCommandHandler(IAccountStore accounts) : IRequestHandler<UnlockUserCommand, Result>
{
    public Task<Result> Handle(UnlockUserCommand request, CancellationToken cancellationToken) =>
        accounts.SetLockedAsync(request.UserId, locked: false, cancellationToken);
}
