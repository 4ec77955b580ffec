using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.StartMfaEnrolment;

internal sealed class StartMfaEnrolmentCommandHandler(ICurrentUser user, IAccountStore accounts, ISignInService signIn)
    : IRequestHandler<StartMfaEnrolmentCommand, Result<MfaEnrolmentDto>>
{
    public async Task<Result<MfaEnrolmentDto>> Handle(StartMfaEnrolmentCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        var enrolment = await accounts.StartMfaEnrolmentAsync(userId, cancellationToken);

        // A new key changes the account's security stamp; the person's own session is renewed with it.
        await signIn.RefreshSignInAsync(userId, cancellationToken);
        return enrolment;
    }
}
