using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Collections.ListFolderCollectionRequests;

internal sealed class ListFolderCollectionRequestsQueryHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time)
    : IRequestHandler<ListFolderCollectionRequestsQuery, Result<IReadOnlyList<CollectionRequestDto>>>
{
    public async Task<Result<IReadOnlyList<CollectionRequestDto>>> Handle(ListFolderCollectionRequestsQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var requests = await repository.ListAsync(new CollectionRequestsSpec(organisationId, personId: null, folder.Id), cancellationToken);
        var now = time.GetUtcNow();
        return Result<IReadOnlyList<CollectionRequestDto>>.Success([.. requests.Select(r => r.ToDto(now))]);
    }
}
