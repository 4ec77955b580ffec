using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Admin.Users;

internal sealed class SearchUsersQueryHandler(IAccountStore accounts) : IRequestHandler<SearchUsersQuery, Result<PagedList<UserSummaryDto>>>
{
    public async Task<Result<PagedList<UserSummaryDto>>> Handle(SearchUsersQuery request, CancellationToken cancellationToken) =>
        await accounts.SearchAsync(request.Search?.Trim(), Math.Max(1, request.Page), Math.Clamp(request.PageSize, 1, 100), cancellationToken);
}

internal sealed class LockUserCommandHandler(IAccountStore accounts, ICurrentUser user) : IRequestHandler<LockUserCommand, Result>
{
    public async Task<Result> Handle(LockUserCommand request, CancellationToken cancellationToken) =>
        request.UserId == user.UserId
            ? IdentityErrors.CannotLockOutSelf
            : await accounts.SetLockedAsync(request.UserId, locked: true, cancellationToken);
}

internal sealed class UnlockUserCommandHandler(IAccountStore accounts) : IRequestHandler<UnlockUserCommand, Result>
{
    public Task<Result> Handle(UnlockUserCommand request, CancellationToken cancellationToken) =>
        accounts.SetLockedAsync(request.UserId, locked: false, cancellationToken);
}

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

internal sealed class ReactivateUserCommandHandler(IAccountStore accounts) : IRequestHandler<ReactivateUserCommand, Result>
{
    public Task<Result> Handle(ReactivateUserCommand request, CancellationToken cancellationToken) =>
        accounts.SetActiveAsync(request.UserId, active: true, changed: null, cancellationToken);
}

internal sealed class ResetUserMfaCommandHandler(IAccountStore accounts) : IRequestHandler<ResetUserMfaCommand, Result>
{
    public Task<Result> Handle(ResetUserMfaCommand request, CancellationToken cancellationToken) =>
        accounts.ResetMfaAsync(request.UserId, cancellationToken);
}
