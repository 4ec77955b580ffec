using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Documents.RenameDocument;

internal sealed class RenameDocumentCommandHandler(IVaultRepository repository, ICurrentUser user, FolderAccess access, TimeProvider time) : IRequestHandler<RenameDocumentCommand, Result>
{
    public async Task<Result> Handle(RenameDocumentCommand request, CancellationToken cancellationToken)
    {
        var found = await access.RequireDocumentAsync(request.DocumentId, AccessLevel.Manage, cancellationToken, request.FolderId);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var document = found.Value;

        var name = DocumentFileName.Parse(request.Name);
        if (name.IsFailure)
        {
            return name.Error;
        }

        var before = document.Name;
        var renamed = document.Rename(name.Value);
        if (renamed.IsFailure)
        {
            return renamed;
        }

        repository.Append(new JournalEntry(document.FolderId, time.GetUtcNow(), JournalKind.DocumentRenamed, user.UserId, ("before", before), ("after", document.Name)));
        return await repository.SaveChangesAsync(cancellationToken);
    }
}
