using System.Globalization;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Collections;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;
using Modular.Vault.Domain;

namespace Modular.Vault.Application.Collections.UploadCollectedDocument;

/// <summary>
/// One file for one expected item: stored under the vault's upload rules in the request's folder,
/// recorded on the request in one conditional update (so a cancellation or the deadline wins over
/// a late upload), written to the journal, and the agent who asked is emailed.
/// </summary>
internal sealed class UploadCollectedDocumentCommandHandler(IVaultRepository repository, IBlobStore blobs, IVaultSettings settings, IMediator mediator, TimeProvider time)
    : IRequestHandler<UploadCollectedDocumentCommand, Result<CollectedFileDto>>
{
    public const string TemplateKey = "vault.document-collected";

    public async Task<Result<CollectedFileDto>> Handle(UploadCollectedDocumentCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = await CollectionLinks.FindAsync(repository, request.Token, request.RemoteAddress, now, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var collection = found.Value;
        if (collection.UploadRefusal(request.Item, now) is { } refusal)
        {
            return refusal;
        }

        var received = await DocumentIntake.ReceiveAsync(blobs, settings, request.FileName, request.Content, cancellationToken);
        if (received.IsFailure)
        {
            return received.Error;
        }

        var (name, contentType, blob) = received.Value;
        now = time.GetUtcNow();

        // Someone outside the organisation: no account id, as the journal's null actor says.
        var document = Document.Create(collection.FolderId, collection.OrganisationId, name, contentType, blob.Length, blob.Id, Guid.Empty, now);
        var file = new CollectedFile(request.Item, document.Id, document.Name, now);
        var taken = collection.Receive(file, now);
        if (taken.IsFailure)
        {
            return taken.Error!;
        }

        if (!await repository.TryRecordCollectedAsync(collection.Id, file, now, cancellationToken))
        {
            var current = await repository.FindAsync(new CollectionRequestByTokenHashSpec(collection.TokenHash), cancellationToken);
            return current?.UploadRefusal(request.Item, now) ?? VaultErrors.CollectionUnknown;
        }

        repository.Add(document);
        repository.Append(new JournalEntry(collection.FolderId, now, JournalKind.DocumentCollected, null, $"{document.Name} ({request.Item}), déposé par {collection.PersonName}"));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error;
        }

        await TellAgentAsync(collection, file, cancellationToken);
        return new CollectedFileDto(file.FileName, file.At);
    }

    private async Task TellAgentAsync(CollectionRequest collection, CollectedFile file, CancellationToken cancellationToken)
    {
        if (collection.CreatedByEmail is null)
        {
            return;
        }

        var missing = collection.Items.Count(i => !collection.IsReceived(i));
        await mediator.Send(
            new SendMessageCommand(
                TemplateKey,
                "fr",
                Channel.Email,
                new RecipientDto(null, collection.CreatedByEmail),
                new Dictionary<string, string>
                {
                    ["person_name"] = collection.PersonName,
                    ["item"] = file.Item,
                    ["file_name"] = file.FileName,
                    ["at"] = file.At.ToString("d MMMM yyyy à HH:mm 'UTC'", CultureInfo.GetCultureInfo("fr-FR")),
                    ["missing_count"] = missing.ToString(CultureInfo.InvariantCulture),
                },
                "Vault",
                collection.Id.ToString(),
                collection.OrganisationId,
                $"{TemplateKey}:{file.DocumentId}"),
            cancellationToken);
    }
}
