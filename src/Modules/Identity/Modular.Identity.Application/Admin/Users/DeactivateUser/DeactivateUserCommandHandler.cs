using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Admin.Users.DeactivateUser;

internal sealed class DeactivateUserCommandHandler(IAccountStore accounts, ICurrentUser user, TimeProvider time) : IRequestHandler<DeactivateUserCommand, Result>
{
    public async Task<Result> Handle(DeactivateUserCommand request, CancellationToken cancellationToken) =>
        request.UserId == user.UserId
            ? IdentityErrors.CannotLockOutSelf
            : await accounts.SetActiveAsync(
                request.UserId,
                active: false,
                new UserDeactivatedIntegrationEvent(Guid.CreateVersion7(), time.GetUtcNow(), request.UserId),
                cancellationToken);
}
