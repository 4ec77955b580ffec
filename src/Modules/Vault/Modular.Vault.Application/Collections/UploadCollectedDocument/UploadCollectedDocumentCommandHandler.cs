using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Collections;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;

namespace Modular.Vault.Application.Collections.UploadCollectedDocument;

/// <summary>
/// One file for one expected item: stored under the vault's upload rules in the request's folder,
/// recorded on the request in one conditional update (so a cancellation, the deadline or the
/// link's file limits win over a late or concurrent upload), written to the journal, and the agent
/// who asked is emailed. A refused file leaves nothing behind: no document, no blob, no email.
/// </summary>
internal sealed class UploadCollectedDocumentCommandHandler(IVaultRepository repository, CollectionLinks collections, DocumentIntake intake, IVaultSettings settings, TimeProvider time)
    : IRequestHandler<UploadCollectedDocumentCommand, Result<CollectedFileDto>>
{
    public async Task<Result<CollectedFileDto>> Handle(UploadCollectedDocumentCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = await collections.FindAsync(request.Token, request.RemoteAddress, now, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var collection = found.Value;
        if (collection.UploadRefusal(request.Item, now, settings.CollectedFiles) is { } refusal)
        {
            return refusal;
        }

        var received = await intake.ReceiveAsync(request.FileName, request.Content, cancellationToken);
        if (received.IsFailure)
        {
            return received.Error;
        }

        // Nothing is said received unless the document is stored; a blob no document was saved with is dropped.
        var recorded = await RecordAsync(collection, request.Item, received.Value, cancellationToken);
        if (recorded.IsFailure)
        {
            await intake.DiscardAsync(received.Value, cancellationToken);
        }

        return recorded;
    }

    /// <summary>The file on the request, the document, its journal line and the notice to the agent: together or not at all.</summary>
    private async Task<Result<CollectedFileDto>> RecordAsync(CollectionRequest collection, string item, ReceivedFile received, CancellationToken cancellationToken)
    {
        var (name, contentType, blob) = received;
        var now = time.GetUtcNow();

        // Someone outside the organisation: no account id, as the journal's null actor says.
        var document = Document.Create(collection.FolderId, collection.OrganisationId, name, contentType, blob.Length, blob.Id, Guid.Empty, now);
        var file = new CollectedFile(item, document.Id, document.Name, now);
        var limits = settings.CollectedFiles;
        var taken = collection.Receive(file, now, limits);
        if (taken.IsFailure)
        {
            return taken.Error!;
        }

        await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
        if (!await repository.TryRecordCollectedAsync(collection.Id, file, limits, now, cancellationToken))
        {
            var current = await repository.FindAsync(new CollectionRequestByTokenHashSpec(collection.TokenHash), cancellationToken);
            return current?.UploadRefusal(item, now, limits) ?? VaultErrors.CollectionUnknown;
        }

        repository.Add(document);
        repository.Append(new JournalEntry(collection.FolderId, now, JournalKind.DocumentCollected, null,
            ("name", document.Name), ("item", item), ("person", collection.PersonName)));
        repository.Enqueue(new DocumentCollectedIntegrationEvent(
            Guid.CreateVersion7(), now, collection.Id, collection.OrganisationId, collection.CreatedBy, collection.CreatedByEmail, collection.PersonName,
            item, file.FileName, collection.Items.Count(i => !collection.IsReceived(i))));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error;
        }

        await transaction.CommitAsync(cancellationToken);
        return new CollectedFileDto(file.FileName, file.At);
    }
}
