using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.SignOut;

internal sealed class SignOutCommandHandler(ISignInService signIn) : IRequestHandler<SignOutCommand, Result>
{
    public async Task<Result> Handle(SignOutCommand request, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(cancellationToken);
        return Result.Success();
    }
}
