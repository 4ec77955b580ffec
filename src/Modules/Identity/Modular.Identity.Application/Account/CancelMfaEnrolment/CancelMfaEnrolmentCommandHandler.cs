using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.CancelMfaEnrolment;

internal sealed class CancelMfaEnrolmentCommandHandler(ICurrentUser user, IAccountStore accounts)
    : IRequestHandler<CancelMfaEnrolmentCommand, Result>
{
    public async Task<Result> Handle(CancelMfaEnrolmentCommand request, CancellationToken cancellationToken) =>
        user.UserId is { } userId
            ? await accounts.CancelMfaEnrolmentAsync(userId, cancellationToken)
            : IdentityErrors.NotSignedIn;
}
