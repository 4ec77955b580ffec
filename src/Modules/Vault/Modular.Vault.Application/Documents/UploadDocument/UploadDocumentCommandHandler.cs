using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Folders;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Documents.UploadDocument;

/// <summary>Stores an upload in a folder the caller may write to, under the vault's upload rules (<see cref="DocumentIntake"/>).</summary>
internal sealed class UploadDocumentCommandHandler(IVaultRepository repository, DocumentIntake intake, ICurrentUser user, FolderAccess access, TimeProvider time)
    : IRequestHandler<UploadDocumentCommand, Result<DocumentDto>>
{
    public async Task<Result<DocumentDto>> Handle(UploadDocumentCommand request, CancellationToken cancellationToken)
    {
        var found = await access.RequireAsync(request.FolderId, AccessLevel.Write, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var folder = found.Value.Folder;
        var organisationId = folder.OrganisationId;
        var received = await intake.ReceiveAsync(request.FileName, request.Content, cancellationToken);
        if (received.IsFailure)
        {
            return received.Error;
        }

        var (name, contentType, blob) = received.Value;
        var now = time.GetUtcNow();
        var document = Document.Create(folder.Id, organisationId, name, contentType, blob.Length, blob.Id, user.UserId ?? Guid.Empty, now);
        var saved = await SaveAsync(document, cancellationToken);
        if (saved.IsFailure)
        {
            await intake.DiscardAsync(received.Value, cancellationToken);
            return saved.Error;
        }

        return document.ToDto();
    }

    /// <summary>
    /// The document and its journal line, under the write lock: a folder deleted while the file
    /// streamed in is not found, and takes no document that its deletion would have missed.
    /// </summary>
    private async Task<Result> SaveAsync(Document document, CancellationToken cancellationToken)
    {
        await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
        if (await repository.FindAsync(new FolderByIdSpec(document.FolderId), cancellationToken) is null)
        {
            return VaultErrors.FolderNotFound;
        }

        repository.Add(document);

        // An API client's own token has no person behind it: the journal names the client instead.
        repository.Append(user.UserId is null && user.ClientId is { } client
            ? new JournalEntry(document.FolderId, document.UploadedAt, JournalKind.DocumentUploaded, null, ("name", document.Name), ("client", client), (JournalEntry.VariantKey, "client"))
            : new JournalEntry(document.FolderId, document.UploadedAt, JournalKind.DocumentUploaded, user.UserId, ("name", document.Name)));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved;
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
