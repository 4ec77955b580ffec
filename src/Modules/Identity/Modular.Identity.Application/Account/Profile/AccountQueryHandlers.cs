using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.Identity.Domain.Accounts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.Profile;

internal sealed class GetMyAccountQueryHandler(ICurrentUser user, IAccountStore accounts) : IRequestHandler<GetMyAccountQuery, Result<AccountDto>>
{
    public async Task<Result<AccountDto>> Handle(GetMyAccountQuery request, CancellationToken cancellationToken) =>
        user.UserId is { } userId && await accounts.FindAsync(userId, cancellationToken) is { } account
            ? account
            : IdentityErrors.NotSignedIn;
}

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

internal sealed class GetMyOrganisationQueryHandler(ICurrentUser user, IAccountStore accounts, IOrganisationRepository organisations)
    : IRequestHandler<GetMyOrganisationQuery, Result<OrganisationDto>>
{
    public async Task<Result<OrganisationDto>> Handle(GetMyOrganisationQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId || await organisations.FindAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return IdentityErrors.NoOrganisation;
        }

        var members = await accounts.ListMembersAsync(organisationId, cancellationToken);
        return new OrganisationDto(organisation.Id, organisation.Name, members);
    }
}
