using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.PasswordSignIn;

internal sealed class PasswordSignInCommandHandler(ISignInService signIn) : IRequestHandler<PasswordSignInCommand, Result<SignInDto>>
{
    public async Task<Result<SignInDto>> Handle(PasswordSignInCommand request, CancellationToken cancellationToken)
    {
        var attempt = await signIn.PasswordSignInAsync(request.Email.Trim(), request.Password, request.RememberMe, cancellationToken);
        return SignInResults.ToOutcome(attempt, IdentityErrors.InvalidCredentials);
    }
}
