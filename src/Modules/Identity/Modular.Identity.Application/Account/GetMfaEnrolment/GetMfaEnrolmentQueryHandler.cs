using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.GetMfaEnrolment;

internal sealed class GetMfaEnrolmentQueryHandler(ICurrentUser user, IAccountStore accounts)
    : IRequestHandler<GetMfaEnrolmentQuery, Result<MfaEnrolmentDto>>
{
    public async Task<Result<MfaEnrolmentDto>> Handle(GetMfaEnrolmentQuery request, CancellationToken cancellationToken) =>
        user.UserId is { } userId
            ? await accounts.FindMfaEnrolmentAsync(userId, cancellationToken)
            : IdentityErrors.NotSignedIn;
}
