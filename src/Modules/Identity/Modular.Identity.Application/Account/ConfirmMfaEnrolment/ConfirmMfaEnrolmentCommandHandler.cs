using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.ConfirmMfaEnrolment;

internal sealed class ConfirmMfaEnrolmentCommandHandler(ICurrentUser user, IAccountStore accounts, ISignInService signIn)
    : IRequestHandler<ConfirmMfaEnrolmentCommand, Result<IReadOnlyList<string>>>
{
    public async Task<Result<IReadOnlyList<string>>> Handle(ConfirmMfaEnrolmentCommand request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId)
        {
            return IdentityErrors.NotSignedIn;
        }

        var code = new string([.. (request.Code ?? "").Where(char.IsAsciiDigit)]);
        if (code.Length != 6)
        {
            return IdentityErrors.MfaCodeInvalid;
        }

        var recoveryCodes = await accounts.ConfirmMfaEnrolmentAsync(userId, code, cancellationToken);
        if (recoveryCodes.IsSuccess)
        {
            // MFA on is a new security stamp: the other sessions end, this one gets a cookie with the new stamp.
            await signIn.RefreshSignInAsync(userId, cancellationToken);
        }

        return recoveryCodes;
    }
}
