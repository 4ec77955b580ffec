using System.Globalization;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Folders.DeleteFolder;

/// <summary>
/// Deletes a folder with everything that hangs on it, in one transaction that holds the write lock
/// from the first read: its documents (their bytes are purged after the commit), the rights given on
/// it, its open collection requests (cancelled: their link says so), its links that can still be
/// used (revoked: their page says so, an open session ends). The folder's row and journal stay,
/// ending with a line that tells what went, and are listed among the deleted folders.
/// </summary>
internal sealed class DeleteFolderCommandHandler(IVaultRepository repository, FolderAccess access, BlobPurger purger, ICurrentUser user, IMediator mediator, TimeProvider time)
    : IRequestHandler<DeleteFolderCommand, Result<FolderDeletedDto>>
{
    public async Task<Result<FolderDeletedDto>> Handle(DeleteFolderCommand request, CancellationToken cancellationToken)
    {
        var found = await access.RequireAsync(request.FolderId, AccessLevel.Manage, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        // Asked before the write lock is taken: the journal names who deleted the folder.
        var agent = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var agentEmail = agent.IsSuccess ? agent.Value.Email : "";
        var userId = user.RequireUserId();
        var now = time.GetUtcNow();
        FolderDeletedDto done;
        IReadOnlyList<string> queued;
        await using (var transaction = await repository.BeginTransactionAsync(cancellationToken))
        {
            // Read again under the lock: an upload, a link or a collected file committed meanwhile goes with the rest, one that comes later finds no folder.
            if (await repository.FindAsync(new FolderByIdSpec(request.FolderId), cancellationToken) is not { } folder)
            {
                return VaultErrors.FolderNotFound;
            }

            var documents = await repository.ListAsync(new DocumentsInFolderSpec(folder.Id), cancellationToken);
            if (request.ExpectedDocumentCount is { } expected && expected != documents.Count)
            {
                return VaultErrors.FolderChanged(documents.Count);
            }

            var deleted = folder.Delete(userId, now);
            if (deleted.IsFailure)
            {
                return deleted.Error!;
            }

            foreach (var document in documents)
            {
                repository.Remove(document);
            }

            var grants = await repository.ListAsync(new GrantsOnFolderSpec(folder.Id), cancellationToken);
            foreach (var grant in grants)
            {
                repository.Remove(grant);
            }

            var cancelled = 0;
            foreach (var collection in await repository.ListAsync(new UncancelledCollectionRequestsOfFolderSpec(folder.Id), cancellationToken))
            {
                if (collection.StateAt(now) == CollectionState.Open && collection.Cancel(now).IsSuccess)
                {
                    cancelled++;
                }
            }

            var (revoked, archives) = await repository.RevokeLinksOfFolderAsync(folder.Id, userId, now, cancellationToken);
            queued = purger.Queue([.. documents.Select(d => d.Sha256), .. archives], now);
            done = new FolderDeletedDto(folder.Id, folder.Name, documents.Count, revoked, grants.Count, cancelled);
            repository.Append(new JournalEntry(folder.Id, now, JournalKind.FolderDeleted, userId,
                ("name", folder.Name),
                ("count", Number(documents.Count)),
                ("links", Number(revoked)),
                ("grants", Number(grants.Count)),
                ("requests", Number(cancelled)),
                ("by", agentEmail)));
            var saved = await repository.SaveChangesAsync(cancellationToken);
            if (saved.IsFailure)
            {
                return saved.Error!;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await purger.PurgeAsync(queued, cancellationToken);
        return done;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
