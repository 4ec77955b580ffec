using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Folders.GetFolderDeletion;

/// <summary>What deleting a folder would take with it, for the confirmation that names it.</summary>
internal sealed class GetFolderDeletionQueryHandler(IVaultRepository repository, FolderAccess access, TimeProvider time) : IRequestHandler<GetFolderDeletionQuery, Result<FolderDeletionDto>>
{
    public async Task<Result<FolderDeletionDto>> Handle(GetFolderDeletionQuery request, CancellationToken cancellationToken)
    {
        var found = await access.RequireAsync(request.FolderId, AccessLevel.Manage, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var (folder, level) = found.Value;
        var now = time.GetUtcNow();
        var documents = await repository.ListAsync(new DocumentsInFolderSpec(folder.Id), cancellationToken);
        var links = await repository.CountAsync(new RevocableLinksOfFolderSpec(folder.Id, now), cancellationToken);
        var grants = await repository.ListAsync(new GrantsOnFolderSpec(folder.Id), cancellationToken);
        var collections = (await repository.ListAsync(new UncancelledCollectionRequestsOfFolderSpec(folder.Id), cancellationToken)).Count(c => c.StateAt(now) == CollectionState.Open);
        return new FolderDeletionDto(folder.ToDto((documents.Count, documents.Sum(d => d.Size)), level), links, grants.Count, collections, folder.HomeOfPersonId is not null);
    }
}
