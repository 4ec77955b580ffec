using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Admin.Users.ReactivateUser;

/// <summary>
/// Reactivates an account. Its shared-credential signals are settled (kept as evidence, no longer
/// counted) and its recent sign-ins forgotten, so that the next sign-in starts afresh; credentials
/// someone else used must be replaced at that sign-in.
/// </summary>
internal sealed class ReactivateUserCommandHandler(IAccountStore accounts, ISignInLog log) : IRequestHandler<ReactivateUserCommand, Result>
{
    public async Task<Result> Handle(ReactivateUserCommand request, CancellationToken cancellationToken)
    {
        var shared = await log.CountSignalsAsync(request.UserId, DateTimeOffset.MinValue, cancellationToken) > 0;
        var reactivated = await accounts.SetActiveAsync(request.UserId, active: true, changed: null, cancellationToken);
        if (reactivated.IsSuccess && shared)
        {
            await log.SettleAsync(request.UserId, cancellationToken);
            await accounts.RequirePasswordChangeAsync(request.UserId, cancellationToken);
        }

        return reactivated;
    }
}
