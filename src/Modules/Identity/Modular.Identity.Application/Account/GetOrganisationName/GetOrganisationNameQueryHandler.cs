using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;

namespace Modular.Identity.Application.Account.GetOrganisationName;

/// <summary>Answers for any organisation, signed in or not: internal (a module naming an organisation on a public page or in an email).</summary>
internal sealed class GetOrganisationNameQueryHandler(IOrganisationRepository organisations) : IRequestHandler<GetOrganisationNameQuery, Result<string>>
{
    public async Task<Result<string>> Handle(GetOrganisationNameQuery request, CancellationToken cancellationToken) =>
        await organisations.FindAsync(request.OrganisationId, cancellationToken) is { } organisation
            ? organisation.Name
            : IdentityErrors.OrganisationNotFound;
}
