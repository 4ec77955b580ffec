using System.Globalization;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Documents;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Collections;
using Modular.Vault.Domain.Documents;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.People;

namespace Modular.Vault.Application.Collections;

/// <summary>"Collecter des documents": asks a person of the directory for documents through an upload-only link.</summary>
internal sealed class CreateCollectionRequestCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time)
    : IRequestHandler<CreateCollectionRequestCommand, Result<CollectionLinkDto>>
{
    public async Task<Result<CollectionLinkDto>> Handle(CreateCollectionRequestCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        if (await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        if (await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        var sender = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var now = time.GetUtcNow();
        var (token, tokenHash) = LinkTokens.New();
        var created = CollectionRequest.Create(
            organisationId, sender.IsSuccess ? sender.Value.OrganisationName ?? "" : "", folder.Id, person, request.Items, request.Deadline, request.Message,
            user.RequireUserId(), sender.IsSuccess ? sender.Value.Email : null, tokenHash, now);
        if (created.IsFailure)
        {
            return created.Error;
        }

        var collection = created.Value;
        repository.Add(collection);
        repository.Append(new JournalEntry(folder.Id, now, JournalKind.CollectionRequested, user.UserId, $"{collection.Items.Count} document(s) demandé(s) à {collection.PersonName}"));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error;
        }

        var url = CollectionMail.Url(request.PublicBaseUrl, token);
        var emailed = await CollectionMail.SendAsync(
            mediator, collection, CollectionMail.RequestTemplate, request.Culture, url, sender.IsSuccess ? sender.Value.DisplayName : "", $"vault.collection-request:{collection.Id}", cancellationToken);
        return new CollectionLinkDto(collection.Id, url, emailed);
    }
}

internal sealed class CancelCollectionRequestCommandHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time) : IRequestHandler<CancelCollectionRequestCommand, Result>
{
    public async Task<Result> Handle(CancelCollectionRequestCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new CollectionRequestOfOrganisationSpec(request.RequestId, organisationId), cancellationToken) is not { } collection)
        {
            return VaultErrors.CollectionNotFound;
        }

        var cancelled = collection.Cancel(time.GetUtcNow());
        return cancelled.IsFailure ? cancelled : await repository.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>
/// « Relancer »: only the token's hash is kept, so the reminder carries a new link and the previous
/// one stops working; the agent's page says so.
/// </summary>
internal sealed class RemindCollectionRequestCommandHandler(IVaultRepository repository, ICurrentUser user, IMediator mediator, TimeProvider time)
    : IRequestHandler<RemindCollectionRequestCommand, Result<CollectionLinkDto>>
{
    public async Task<Result<CollectionLinkDto>> Handle(RemindCollectionRequestCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new CollectionRequestOfOrganisationSpec(request.RequestId, organisationId), cancellationToken) is not { } collection)
        {
            return VaultErrors.CollectionNotFound;
        }

        var (token, tokenHash) = LinkTokens.New();
        var reminded = collection.Remind(tokenHash, time.GetUtcNow());
        if (reminded.IsFailure)
        {
            return reminded.Error;
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error;
        }

        var sender = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var url = CollectionMail.Url(request.PublicBaseUrl, token);
        var emailed = await CollectionMail.SendAsync(
            mediator, collection, CollectionMail.ReminderTemplate, request.Culture, url, sender.IsSuccess ? sender.Value.DisplayName : "",
            $"vault.collection-reminder:{collection.Id}:{collection.RemindersSent}", cancellationToken);
        return new CollectionLinkDto(collection.Id, url, emailed);
    }
}

internal sealed class ListPersonCollectionRequestsQueryHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time)
    : IRequestHandler<ListPersonCollectionRequestsQuery, Result<PersonCollectionsDto>>
{
    public async Task<Result<PersonCollectionsDto>> Handle(ListPersonCollectionRequestsQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new PersonOfOrganisationSpec(request.PersonId, organisationId), cancellationToken) is not { } person)
        {
            return VaultErrors.PersonNotFound;
        }

        var requests = await repository.ListAsync(new CollectionRequestsSpec(organisationId, person.Id, folderId: null), cancellationToken);
        var now = time.GetUtcNow();
        return new PersonCollectionsDto(person.Id, person.DisplayName, person.Email, [.. requests.Select(r => r.ToDto(now))]);
    }
}

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

/// <summary>
/// The public page's view of a request: the items and the names and dates of what was received,
/// nothing of the folder. Unknown links count against the address, as wrong codes of download links do.
/// </summary>
internal sealed class GetCollectionByTokenQueryHandler(IVaultRepository repository, IVaultSettings settings, TimeProvider time)
    : IRequestHandler<GetCollectionByTokenQuery, Result<CollectionPreviewDto>>
{
    public async Task<Result<CollectionPreviewDto>> Handle(GetCollectionByTokenQuery request, CancellationToken cancellationToken)
    {
        var found = await CollectionLinks.FindAsync(repository, request.Token, request.RemoteAddress, time.GetUtcNow(), cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var collection = found.Value;
        var now = time.GetUtcNow();
        return new CollectionPreviewDto(
            collection.OrganisationName, collection.PersonName, collection.ItemsToDto(), collection.Deadline, collection.Message, (CollectionStatus)collection.StateAt(now),
            new UploadRulesDto(settings.MaxFileBytes, FileType.Extensions));
    }
}

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

/// <summary>Finds a request by its link's token; unknown tokens count against the address (<see cref="AddressFailures"/>).</summary>
internal static class CollectionLinks
{
    public static async Task<Result<CollectionRequest>> FindAsync(IVaultRepository repository, string? token, string? remoteAddress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var address = AddressFailures.Normalise(remoteAddress);
        if (await AddressFailures.RefusalAsync(repository, address, now, cancellationToken) is { } throttled)
        {
            return throttled;
        }

        if (LinkTokens.HashOf(token) is not { } hash || await repository.FindAsync(new CollectionRequestByTokenHashSpec(hash), cancellationToken) is not { } collection)
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.CollectionUnknown, cancellationToken);
            return VaultErrors.CollectionUnknown;
        }

        return collection;
    }
}

/// <summary>The emails to the person asked: the request, and its reminders (with a new link, or none for the automatic one).</summary>
internal static class CollectionMail
{
    public const string RequestTemplate = "vault.collection-request";
    public const string ReminderTemplate = "vault.collection-reminder";

    public static string Url(string publicBaseUrl, string token) => $"{publicBaseUrl.TrimEnd('/')}/depot/{token}";

    /// <summary>Sends <paramref name="template"/> to the person; <paramref name="url"/> empty for a reminder without link. True when stored for delivery.</summary>
    public static async Task<bool> SendAsync(IMediator mediator, CollectionRequest collection, string template, string? culture, string url, string senderName, string idempotencyKey, CancellationToken cancellationToken)
    {
        var language = culture?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "fr";
        var format = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "fr-FR");
        var missing = collection.Items.Where(i => !collection.IsReceived(i)).ToList();
        var sent = await mediator.Send(
            new SendMessageCommand(
                template,
                language,
                Channel.Email,
                new RecipientDto(collection.PersonName, collection.RecipientEmail),
                new Dictionary<string, string>
                {
                    ["url"] = url,
                    ["organisation_name"] = collection.OrganisationName,
                    ["sender_name"] = senderName,
                    ["person_name"] = collection.PersonName,
                    ["items"] = string.Join("\n", missing.Select(i => "- " + i)),
                    ["item_count"] = missing.Count.ToString(CultureInfo.InvariantCulture),
                    ["deadline"] = collection.Deadline.ToString("d MMMM yyyy", format),
                    ["message"] = collection.Message ?? "",
                },
                "Vault",
                collection.Id.ToString(),
                collection.OrganisationId,
                idempotencyKey),
            cancellationToken);
        return sent.IsSuccess;
    }
}

/// <summary>
/// The automatic reminder, 2 days before a request's deadline ends, while items are missing: once
/// per request (a conditional update claims it before the email goes). It carries no link: only
/// the token's hash is kept, and a new token would break the first email's link (ADR 0020).
/// </summary>
internal sealed class CollectionReminders(IVaultRepository repository, IMediator mediator, TimeProvider time)
{
    private const int Batch = 50;

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var collection in await repository.ListAsync(new CollectionRequestsToRemindSpec(now, Batch), cancellationToken))
        {
            if (!collection.AutomaticReminderDue(now) || !await repository.TryMarkAutomaticReminderAsync(collection.Id, now, cancellationToken))
            {
                continue;
            }

            await CollectionMail.SendAsync(mediator, collection, CollectionMail.ReminderTemplate, "fr", url: "", senderName: "", $"vault.collection-reminder:{collection.Id}:auto", cancellationToken);
            sent++;
        }

        return sent;
    }
}

internal static class CollectionMapping
{
    public static IReadOnlyList<CollectionItemDto> ItemsToDto(this CollectionRequest collection) =>
        [.. collection.Items.Select(item => new CollectionItemDto(item, [.. collection.Received.Where(r => r.Item == item).Select(r => new CollectedFileDto(r.FileName, r.At))]))];

    public static CollectionRequestDto ToDto(this CollectionRequest collection, DateTimeOffset now) =>
        new(collection.Id, collection.FolderId, collection.PersonId, collection.PersonName, collection.RecipientEmail, collection.ItemsToDto(), collection.Deadline, collection.Message,
            (CollectionStatus)collection.StateAt(now), collection.RemindersSent, collection.LastReminderAt, collection.CreatedAt, collection.CancelledAt);
}
