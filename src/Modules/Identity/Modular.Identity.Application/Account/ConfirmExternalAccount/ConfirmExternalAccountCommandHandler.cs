using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.ConfirmExternalAccount;

/// <summary>
/// The code mailed at registration, given back: the account becomes usable and the person is signed
/// in. Wrong codes count toward the sign-in throttle of the address, so 6 digits cannot be guessed.
/// </summary>
internal sealed class ConfirmExternalAccountCommandHandler(IExternalRegistration registration, ISignInService signIn, SignInGate gate)
    : IRequestHandler<ConfirmExternalAccountCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ConfirmExternalAccountCommand request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var code = new string([.. request.Code.Where(char.IsAsciiDigit)]);
        Guid? proved = null;
        var attempt = await gate.PassAsync(
            email,
            request.RemoteAddress,
            async () =>
            {
                proved = await registration.ConfirmAsync(email, code, cancellationToken);
                return new SignInAttempt(proved is null ? SignInStatus.Failed : SignInStatus.Succeeded);
            },
            cancellationToken);
        if (attempt.IsFailure)
        {
            return attempt.Error;
        }

        if (proved is not { } userId)
        {
            return IdentityErrors.EmailCodeInvalid;
        }

        await signIn.SignInProvedAccountAsync(userId, cancellationToken);
        return userId;
    }
}
