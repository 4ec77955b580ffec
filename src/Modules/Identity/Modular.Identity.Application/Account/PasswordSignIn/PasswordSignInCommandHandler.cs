using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.PasswordSignIn;

internal sealed class PasswordSignInCommandHandler(ISignInService signIn, SignInGate gate) : IRequestHandler<PasswordSignInCommand, Result<SignInDto>>
{
    public async Task<Result<SignInDto>> Handle(PasswordSignInCommand request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var attempt = await gate.PassAsync(
            email, request.RemoteAddress, () => signIn.PasswordSignInAsync(email, request.Password, request.RememberMe, cancellationToken), cancellationToken, request.Device);
        return attempt.IsSuccess ? SignInResults.ToOutcome(attempt.Value, IdentityErrors.InvalidCredentials) : attempt.Error;
    }
}
