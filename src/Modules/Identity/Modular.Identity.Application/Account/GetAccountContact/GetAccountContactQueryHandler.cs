using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.GetAccountContact;

/// <summary>
/// Answers for any account, signed in or not: the query is internal (modules addressing a person,
/// often from a background consumer) and exposed by no page or endpoint.
/// </summary>
internal sealed class GetAccountContactQueryHandler(IAccountStore accounts) : IRequestHandler<GetAccountContactQuery, Result<AccountContactDto>>
{
    public async Task<Result<AccountContactDto>> Handle(GetAccountContactQuery request, CancellationToken cancellationToken) =>
        await accounts.FindContactAsync(request.UserId, cancellationToken) is { } contact
            ? contact
            : IdentityErrors.UserNotFound;
}
