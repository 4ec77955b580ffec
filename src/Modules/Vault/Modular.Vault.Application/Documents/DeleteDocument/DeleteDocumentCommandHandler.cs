using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Documents.DeleteDocument;

internal sealed class DeleteDocumentCommandHandler(IVaultRepository repository, BlobPurger purger, ICurrentUser user, FolderAccess access, TimeProvider time) : IRequestHandler<DeleteDocumentCommand, Result>
{
    public async Task<Result> Handle(DeleteDocumentCommand request, CancellationToken cancellationToken)
    {
        var found = await access.RequireDocumentAsync(request.DocumentId, AccessLevel.Manage, cancellationToken, request.FolderId);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var document = found.Value;
        var now = time.GetUtcNow();
        repository.Remove(document);
        repository.Append(new JournalEntry(document.FolderId, now, JournalKind.DocumentDeleted, user.UserId, ("name", document.Name)));
        var queued = purger.Queue([document.Sha256], now);
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved;
        }

        // The bytes go after the commit, and only with their last document (blobs are shared by identical content).
        await purger.PurgeAsync(queued, cancellationToken);
        return Result.Success();
    }
}
