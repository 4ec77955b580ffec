using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.TwoFactorSignIn;

internal sealed class TwoFactorSignInCommandHandler(ISignInService signIn, SignInGate gate) : IRequestHandler<TwoFactorSignInCommand, Result<SignInDto>>
{
    public async Task<Result<SignInDto>> Handle(TwoFactorSignInCommand request, CancellationToken cancellationToken)
    {
        if (await signIn.PendingTwoFactorEmailAsync(cancellationToken) is not { } email)
        {
            return IdentityErrors.TwoFactorSessionExpired;
        }

        // Authenticator codes are often typed "123 456"; recovery codes keep their dash ("ABCDE-FGHIJ").
        var code = new string([.. request.Code.Where(c => !char.IsWhiteSpace(c) && (request.IsRecoveryCode || c != '-'))]);

        // Wrong codes count toward the same throttle as wrong passwords: whoever has the password
        // cannot try every code, and cannot lock the owner out either.
        var attempt = await gate.PassAsync(
            email, request.RemoteAddress, () => signIn.TwoFactorSignInAsync(code, request.IsRecoveryCode, request.RememberMachine, cancellationToken), cancellationToken, request.Device);
        return attempt.IsSuccess ? SignInResults.ToOutcome(attempt.Value, IdentityErrors.InvalidTwoFactorCode) : attempt.Error;
    }
}
