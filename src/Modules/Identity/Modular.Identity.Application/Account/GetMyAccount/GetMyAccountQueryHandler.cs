using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.GetMyAccount;

internal sealed class GetMyAccountQueryHandler(ICurrentUser user, IAccountStore accounts) : IRequestHandler<GetMyAccountQuery, Result<AccountDto>>
{
    public async Task<Result<AccountDto>> Handle(GetMyAccountQuery request, CancellationToken cancellationToken) =>
        user.UserId is { } userId && await accounts.FindAsync(userId, cancellationToken) is { } account
            ? account
            : IdentityErrors.NotSignedIn;
}
