using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Admin.Users.ResetUserMfa;

internal sealed class ResetUserMfaCommandHandler(IAccountStore accounts) : IRequestHandler<ResetUserMfaCommand, Result>
{
    public Task<Result> Handle(ResetUserMfaCommand request, CancellationToken cancellationToken) =>
        accounts.ResetMfaAsync(request.UserId, cancellationToken);
}
