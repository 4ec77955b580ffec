using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Admin;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Admin.Users.ReactivateUser;

internal sealed class ReactivateUserCommandHandler(IAccountStore accounts) : IRequestHandler<ReactivateUserCommand, Result>
{
    public Task<Result> Handle(ReactivateUserCommand request, CancellationToken cancellationToken) =>
        accounts.SetActiveAsync(request.UserId, active: true, changed: null, cancellationToken);
}
