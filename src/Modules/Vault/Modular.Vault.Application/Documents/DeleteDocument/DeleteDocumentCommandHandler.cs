using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Documents.DeleteDocument;

internal sealed class DeleteDocumentCommandHandler(IVaultRepository repository, IBlobStore blobs, ICurrentUser user, FolderAccess access, TimeProvider time) : IRequestHandler<DeleteDocumentCommand, Result>
{
    public async Task<Result> Handle(DeleteDocumentCommand request, CancellationToken cancellationToken)
    {
        var found = await access.RequireDocumentAsync(request.DocumentId, AccessLevel.Manage, cancellationToken, request.FolderId);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var document = found.Value;

        repository.Remove(document);
        repository.Append(new JournalEntry(document.FolderId, time.GetUtcNow(), JournalKind.DocumentDeleted, user.UserId, ("name", document.Name)));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved;
        }

        // Blobs are shared by identical content: the bytes go only with their last document.
        if (await repository.CountAsync(new DocumentsWithBlobSpec(document.Sha256), cancellationToken) == 0)
        {
            await blobs.DeleteAsync(document.Sha256, cancellationToken);
        }

        return Result.Success();
    }
}
