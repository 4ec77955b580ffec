using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Collections.ListPersonCollectionRequests;

internal sealed class ListPersonCollectionRequestsQueryHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time)
    : IRequestHandler<ListPersonCollectionRequestsQuery, Result<PersonCollectionsDto>>
{
    public async Task<Result<PersonCollectionsDto>> Handle(ListPersonCollectionRequestsQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        var requests = await repository.ListAsync(new CollectionRequestsSpec(organisationId, person.Id, folderId: null), cancellationToken);
        var now = time.GetUtcNow();
        return new PersonCollectionsDto(person.Id, person.DisplayName, person.Email, [.. requests.Select(r => r.ToDto(now))]);
    }
}
