using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.StartMfaEnrolment;

/// <summary>
/// Shows the key to scan. Opening the enrolment must not sign the person out elsewhere, so the key
/// is stored without a new security stamp (and this session needs no new cookie).
/// </summary>
internal sealed class StartMfaEnrolmentCommandHandler(ICurrentUser user, IAccountStore accounts)
    : IRequestHandler<StartMfaEnrolmentCommand, Result<MfaEnrolmentDto>>
{
    public async Task<Result<MfaEnrolmentDto>> Handle(StartMfaEnrolmentCommand request, CancellationToken cancellationToken) =>
        user.UserId is { } userId
            ? await accounts.StartMfaEnrolmentAsync(userId, cancellationToken)
            : IdentityErrors.NotSignedIn;
}
