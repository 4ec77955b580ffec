using MediatR;
using Modular.Identity.Application.Ports;
using Modular.Identity.Contracts.ApiClients;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;

namespace Modular.Identity.Application.ApiClients.ListOrganisationApiClients;

/// <summary>The caller's organisation is the one listed: an agent never sees another organisation's clients.</summary>
internal sealed class ListOrganisationApiClientsQueryHandler(IApiClientRegistry clients, ICurrentUser user)
    : IRequestHandler<ListOrganisationApiClientsQuery, Result<IReadOnlyList<ApiClientReferenceDto>>>
{
    public async Task<Result<IReadOnlyList<ApiClientReferenceDto>>> Handle(ListOrganisationApiClientsQuery request, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<ApiClientReferenceDto>>.Success(user.OrganisationId is { } organisationId
            ? await clients.ListOfOrganisationAsync(organisationId, cancellationToken)
            : []);
}
