using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.Account.GetMyOrganisation;

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
