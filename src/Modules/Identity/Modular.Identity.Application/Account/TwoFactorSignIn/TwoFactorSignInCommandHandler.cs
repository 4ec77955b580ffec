using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.TwoFactorSignIn;

internal sealed class TwoFactorSignInCommandHandler(ISignInService signIn) : IRequestHandler<TwoFactorSignInCommand, Result<SignInDto>>
{
    public async Task<Result<SignInDto>> Handle(TwoFactorSignInCommand request, CancellationToken cancellationToken)
    {
        // Authenticator codes are often typed "123 456"; recovery codes keep their dash ("ABCDE-FGHIJ").
        var code = new string([.. request.Code.Where(c => !char.IsWhiteSpace(c) && (request.IsRecoveryCode || c != '-'))]);
        var attempt = await signIn.TwoFactorSignInAsync(code, request.IsRecoveryCode, request.RememberMachine, cancellationToken);
        return SignInResults.ToOutcome(attempt, IdentityErrors.InvalidTwoFactorCode);
    }
}
