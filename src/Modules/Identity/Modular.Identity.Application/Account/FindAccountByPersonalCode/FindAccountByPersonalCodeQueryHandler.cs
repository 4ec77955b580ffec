using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.Identity.Domain.Accounts;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.FindAccountByPersonalCode;

internal sealed class FindAccountByPersonalCodeQueryHandler(IAccountStore accounts)
    : IRequestHandler<FindAccountByPersonalCodeQuery, Result<AccountSummaryDto>>
{
    public async Task<Result<AccountSummaryDto>> Handle(FindAccountByPersonalCodeQuery request, CancellationToken cancellationToken)
    {
        if (PersonalIdentificationCode.TryParse(request.Code) is not { } code)
        {
            return IdentityErrors.PersonalCodeMalformed;
        }

        return await accounts.FindByPersonalCodeAsync(code.Value, cancellationToken) is { IsActive: true } account
            ? account
            : IdentityErrors.PersonalCodeUnknown;
    }
}
