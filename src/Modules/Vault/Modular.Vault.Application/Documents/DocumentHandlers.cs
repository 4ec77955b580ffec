using MediatR;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Access;
using Modular.Vault.Application.Folders;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Access;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Documents;

/// <summary>Stores an upload in a folder the caller may write to, under the vault's upload rules (<see cref="DocumentIntake"/>).</summary>
internal sealed class UploadDocumentCommandHandler(IVaultRepository repository, IBlobStore blobs, IVaultSettings settings, ICurrentUser user, FolderAccess access, TimeProvider time)
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
        var received = await DocumentIntake.ReceiveAsync(blobs, settings, request.FileName, request.Content, cancellationToken);
        if (received.IsFailure)
        {
            return received.Error;
        }

        var (name, contentType, blob) = received.Value;
        var now = time.GetUtcNow();
        // An API client's own token has no person behind it: the journal names the client instead.
        var document = Document.Create(folder.Id, organisationId, name, contentType, blob.Length, blob.Id, user.UserId ?? Guid.Empty, now);
        repository.Add(document);
        repository.Append(new JournalEntry(folder.Id, now, JournalKind.DocumentUploaded, user.UserId,
            user.UserId is null && user.ClientId is { } client ? $"{document.Name} (client d'API {client})" : document.Name));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? document.ToDto() : saved.Error;
    }
}

internal sealed class RenameDocumentCommandHandler(IVaultRepository repository, ICurrentUser user, FolderAccess access, TimeProvider time) : IRequestHandler<RenameDocumentCommand, Result>
{
    public async Task<Result> Handle(RenameDocumentCommand request, CancellationToken cancellationToken)
    {
        var found = await access.RequireDocumentAsync(request.DocumentId, AccessLevel.Manage, cancellationToken);
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

        repository.Append(new JournalEntry(document.FolderId, time.GetUtcNow(), JournalKind.DocumentRenamed, user.UserId, $"{before} → {document.Name}"));
        return await repository.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class DeleteDocumentCommandHandler(IVaultRepository repository, IBlobStore blobs, ICurrentUser user, FolderAccess access, TimeProvider time) : IRequestHandler<DeleteDocumentCommand, Result>
{
    public async Task<Result> Handle(DeleteDocumentCommand request, CancellationToken cancellationToken)
    {
        var found = await access.RequireDocumentAsync(request.DocumentId, AccessLevel.Manage, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var document = found.Value;

        repository.Remove(document);
        repository.Append(new JournalEntry(document.FolderId, time.GetUtcNow(), JournalKind.DocumentDeleted, user.UserId, document.Name));
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

internal sealed class OpenDocumentQueryHandler(IBlobStore blobs, FolderAccess access) : IRequestHandler<OpenDocumentQuery, Result<DocumentContentDto>>
{
    public async Task<Result<DocumentContentDto>> Handle(OpenDocumentQuery request, CancellationToken cancellationToken)
    {
        var found = await access.RequireDocumentAsync(request.DocumentId, AccessLevel.Read, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var document = found.Value;

        var content = await blobs.OpenReadAsync(document.Sha256, cancellationToken);
        return content is null
            ? throw new InvalidOperationException($"The blob of document {document.Id} is missing from the store.")
            : new DocumentContentDto(document.ToDto(), content);
    }
}

internal sealed class GetUploadRulesQueryHandler(IVaultSettings settings) : IRequestHandler<GetUploadRulesQuery, Result<UploadRulesDto>>
{
    public Task<Result<UploadRulesDto>> Handle(GetUploadRulesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult<Result<UploadRulesDto>>(new UploadRulesDto(settings.MaxFileBytes, FileType.Extensions));
}
