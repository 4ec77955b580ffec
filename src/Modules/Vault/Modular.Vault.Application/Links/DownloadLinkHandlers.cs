using System.Globalization;
using System.IO.Compression;
using MediatR;
using Modular.Identity.Contracts.Account;
using Modular.Notifications.Contracts;
using Modular.SharedKernel.Domain;
using Modular.SharedKernel.Results;
using Modular.SharedKernel.Security;
using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Folders;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links;

/// <summary>"Lien de téléchargement": documents of one folder behind a one-time link and a 6-digit code.</summary>
internal sealed class CreateDownloadLinkCommandHandler(IVaultRepository repository, ICodeHasher codes, ICurrentUser user, IMediator mediator, TimeProvider time)
    : IRequestHandler<CreateDownloadLinkCommand, Result<CreatedDownloadLinkDto>>
{
    public const string TemplateKey = "vault.download-link";

    public async Task<Result<CreatedDownloadLinkDto>> Handle(CreateDownloadLinkCommand request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return VaultErrors.NoOrganisation;
        }

        var ids = (request.DocumentIds ?? []).Distinct().ToList();
        var documents = ids.Count == 0 ? [] : await repository.ListAsync(new DocumentsByIdsSpec(ids, organisationId), cancellationToken);
        if (ids.Count == 0)
        {
            return VaultErrors.NoDocumentSelected;
        }

        if (documents.Count != ids.Count)
        {
            return VaultErrors.DocumentNotFound;
        }

        if (documents.Select(d => d.FolderId).Distinct().Count() > 1)
        {
            return VaultErrors.DocumentsOfSeveralFolders;
        }

        var generated = string.IsNullOrWhiteSpace(request.Code);
        var code = generated ? SixDigitCode.Generate() : SixDigitCode.Parse(request.Code);
        if (code.IsFailure)
        {
            return code.Error;
        }

        string? recipient = null;
        if (!string.IsNullOrWhiteSpace(request.RecipientEmail) && (recipient = EmailAddress.TryParse(request.RecipientEmail)?.ToString()) is null)
        {
            return Error.Validation(new Dictionary<string, string[]> { ["RecipientEmail"] = ["Cette adresse de courriel n'est pas valide."] }, "Cette adresse de courriel n'est pas valide.");
        }

        var sender = await mediator.Send(new GetMyAccountQuery(), cancellationToken);
        var organisationName = sender.IsSuccess ? sender.Value.OrganisationName ?? "" : "";
        var now = time.GetUtcNow();
        var (token, tokenHash) = LinkTokens.New();
        var link = DownloadLink.Create(
            organisationId, documents[0].FolderId, user.RequireUserId(), ids, recipient, organisationName,
            sender.IsSuccess ? sender.Value.Email : null, tokenHash, id => codes.Hash(id, code.Value), now);
        if (link.IsFailure)
        {
            return link.Error;
        }

        repository.Add(link.Value);
        repository.Append(new JournalEntry(link.Value.FolderId, now, JournalKind.LinkCreated, user.UserId,
            recipient is null ? $"{ids.Count} document(s)" : $"{ids.Count} document(s) pour {recipient}"));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error;
        }

        var url = $"{request.PublicBaseUrl.TrimEnd('/')}/l/{token}";
        var emailed = false;
        if (recipient is not null)
        {
            // The link goes by email; the code never does: the agent passes it on by another channel.
            var culture = request.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";
            var sent = await mediator.Send(
                new SendMessageCommand(
                    TemplateKey,
                    culture,
                    Channel.Email,
                    new RecipientDto(null, recipient),
                    new Dictionary<string, string>
                    {
                        ["url"] = url,
                        ["organisation_name"] = organisationName,
                        ["sender_name"] = sender.IsSuccess ? sender.Value.DisplayName : "",
                        ["file_count"] = ids.Count.ToString(CultureInfo.InvariantCulture),
                        ["expires_at"] = link.Value.ExpiresAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(culture == "en" ? "en-GB" : "fr-FR")),
                    },
                    "Vault",
                    link.Value.Id.ToString(),
                    organisationId,
                    $"vault:download-link:{link.Value.Id}"),
                cancellationToken);
            emailed = sent.IsSuccess;
        }

        return new CreatedDownloadLinkDto(link.Value.Id, url, link.Value.ExpiresAt, generated ? code.Value.Value : null, emailed);
    }
}

internal sealed class GetDownloadLinkQueryHandler(IVaultRepository repository, TimeProvider time) : IRequestHandler<GetDownloadLinkQuery, Result<DownloadLinkPreviewDto>>
{
    public async Task<Result<DownloadLinkPreviewDto>> Handle(GetDownloadLinkQuery request, CancellationToken cancellationToken)
    {
        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) is not { } link)
        {
            return VaultErrors.LinkUnknown;
        }

        return new DownloadLinkPreviewDto(link.SenderOrganisationName, link.DocumentIds.Count, link.ExpiresAt, (DownloadLinkStatus)link.StateAt(time.GetUtcNow()), link.AttemptsLeft);
    }
}

/// <summary>The links made from a folder, newest first, each with its state now (the same rules as the public page).</summary>
internal sealed class ListFolderLinksQueryHandler(IVaultRepository repository, ICurrentUser user, TimeProvider time)
    : IRequestHandler<ListFolderLinksQuery, Result<IReadOnlyList<DownloadLinkSummaryDto>>>
{
    private const int ListLength = 200;

    public async Task<Result<IReadOnlyList<DownloadLinkSummaryDto>>> Handle(ListFolderLinksQuery request, CancellationToken cancellationToken)
    {
        if (user.OrganisationId is not { } organisationId
            || await repository.FindAsync(new FolderOfOrganisationSpec(request.FolderId, organisationId), cancellationToken) is not { } folder)
        {
            return VaultErrors.FolderNotFound;
        }

        var now = time.GetUtcNow();
        var links = await repository.ListAsync(new DownloadLinksOfFolderSpec(folder.Id, organisationId, ListLength), cancellationToken);
        return Result<IReadOnlyList<DownloadLinkSummaryDto>>.Success([.. links.Select(l => new DownloadLinkSummaryDto(
            l.Id, l.CreatedAt, l.CreatedByEmail, l.RecipientEmail, l.DocumentIds.Count, l.ExpiresAt, (DownloadLinkStatus)l.StateAt(now), l.UsedAt, l.DownloadedAt, l.FailedAttempts))]);
    }
}

/// <summary>
/// The code of a link. Wrong codes are counted in the store, the fifth locks the link and tells its
/// maker; the first right one wins the link in one conditional update and opens the session.
/// Wrong codes, malformed codes and unknown links are also counted per address, and an address
/// with too many of them is refused on every link for a while (<see cref="CodeThrottle"/>).
/// </summary>
internal sealed class RedeemDownloadLinkCommandHandler(IVaultRepository repository, ICodeHasher codes, IMediator mediator, TimeProvider time)
    : IRequestHandler<RedeemDownloadLinkCommand, Result<DownloadSessionDto>>
{
    public async Task<Result<DownloadSessionDto>> Handle(RedeemDownloadLinkCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var address = AddressFailures.Normalise(request.RemoteAddress);
        if (await AddressFailures.RefusalAsync(repository, address, now, cancellationToken) is { } throttled)
        {
            return throttled;
        }

        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) is not { } link)
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.LinkUnknown, cancellationToken);
            return VaultErrors.LinkUnknown;
        }

        // A real link that cannot be used any more is not a guess: it says why, and is not counted.
        if (link.RedemptionRefusal(now) is { } refusal)
        {
            return refusal;
        }

        var code = SixDigitCode.Parse(request.Code);
        if (code.IsFailure)
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.CodeMalformed, cancellationToken);
            return code.Error;
        }

        if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(codes.Hash(link.Id, code.Value), link.CodeHash))
        {
            await AddressFailures.CountAsync(repository, address, now, VaultErrorCodes.CodeInvalid, cancellationToken);
            var left = await repository.RecordWrongCodeAsync(link.Id, now, cancellationToken);
            if (left > 0)
            {
                return VaultErrors.CodeInvalid(left);
            }

            repository.Append(new JournalEntry(link.FolderId, now, JournalKind.LinkLocked, null, $"{DownloadLink.MaxFailedAttempts} codes erronés"));
            await repository.SaveChangesAsync(cancellationToken);
            await LinkNotices.TellMakerAsync(mediator, link, "vault.link-locked", now, cancellationToken);
            return VaultErrors.LinkLocked;
        }

        var (session, sessionHash) = LinkTokens.New();
        var sessionEnds = now + DownloadLink.SessionLifetime;
        if (!await repository.TryRedeemAsync(link.Id, sessionHash, now, sessionEnds, cancellationToken))
        {
            var current = await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken);
            return current?.RedemptionRefusal(now) ?? VaultErrors.LinkUsed;
        }

        repository.Append(new JournalEntry(link.FolderId, now, JournalKind.LinkUsed, null, $"{link.DocumentIds.Count} document(s)"));
        await repository.SaveChangesAsync(cancellationToken);
        await LinkNotices.TellMakerAsync(mediator, link, "vault.link-used", now, cancellationToken);
        var documents = await repository.ListAsync(new DocumentsByIdsSpec(link.DocumentIds, link.OrganisationId), cancellationToken);
        return new DownloadSessionDto(session, sessionEnds, [.. documents.Select(d => new DownloadFileDto(d.Id, d.Name, d.ContentType, d.Size))]);
    }
}

internal sealed class OpenLinkDocumentQueryHandler(IVaultRepository repository, IBlobStore blobs, TimeProvider time) : IRequestHandler<OpenLinkDocumentQuery, Result<DocumentContentDto>>
{
    public async Task<Result<DocumentContentDto>> Handle(OpenLinkDocumentQuery request, CancellationToken cancellationToken)
    {
        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) is not { } link)
        {
            return VaultErrors.LinkUnknown;
        }

        if (LinkTokens.HashOf(request.SessionToken) is not { } session || !link.SessionIsOpen(session, time.GetUtcNow()))
        {
            return VaultErrors.SessionClosed;
        }

        if (!link.DocumentIds.Contains(request.DocumentId)
            || (await repository.ListAsync(new DocumentsByIdsSpec([request.DocumentId], link.OrganisationId), cancellationToken)).FirstOrDefault() is not { } document)
        {
            return VaultErrors.DocumentNotFound;
        }

        var content = await blobs.OpenReadAsync(document.Sha256, cancellationToken)
            ?? throw new InvalidOperationException($"The blob of document {document.Id} is missing from the store.");
        return new DocumentContentDto(document.ToDto(), content);
    }
}

/// <summary>Emails the agent who made a link about what happened to it.</summary>
internal static class LinkNotices
{
    public static async Task TellMakerAsync(IMediator mediator, DownloadLink link, string template, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (link.CreatedByEmail is null)
        {
            return;
        }

        await mediator.Send(
            new SendMessageCommand(
                template,
                "fr",
                Channel.Email,
                new RecipientDto(null, link.CreatedByEmail),
                new Dictionary<string, string>
                {
                    ["file_count"] = link.DocumentIds.Count.ToString(CultureInfo.InvariantCulture),
                    ["recipient"] = link.RecipientEmail ?? "",
                    ["at"] = now.ToString("d MMMM yyyy à HH:mm 'UTC'", CultureInfo.GetCultureInfo("fr-FR")),
                },
                "Vault",
                link.Id.ToString(),
                link.OrganisationId,
                $"{template}:{link.Id}"),
            cancellationToken);
    }
}

/// <summary>The ZIP of a session's files: built once into a temp file, then kept in the blob store.</summary>
internal sealed class OpenLinkArchiveQueryHandler(IVaultRepository repository, IBlobStore blobs, TimeProvider time) : IRequestHandler<OpenLinkArchiveQuery, Result<DocumentContentDto>>
{
    public async Task<Result<DocumentContentDto>> Handle(OpenLinkArchiveQuery request, CancellationToken cancellationToken)
    {
        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) is not { } link)
        {
            return VaultErrors.LinkUnknown;
        }

        if (LinkTokens.HashOf(request.SessionToken) is not { } session || !link.SessionIsOpen(session, time.GetUtcNow()))
        {
            return VaultErrors.SessionClosed;
        }

        var content = link.ArchiveBlobId is { } kept ? await blobs.OpenReadAsync(kept, cancellationToken) : null;
        var blobId = link.ArchiveBlobId;
        if (content is null)
        {
            var documents = await repository.ListAsync(new DocumentsByIdsSpec(link.DocumentIds, link.OrganisationId), cancellationToken);
            if (documents.Count == 0)
            {
                return VaultErrors.DocumentNotFound;
            }

            var built = await BuildAsync(documents, cancellationToken);
            blobId = await repository.KeepArchiveAsync(link.Id, built.Id, cancellationToken);
            content = await blobs.OpenReadAsync(blobId, cancellationToken)
                ?? throw new InvalidOperationException($"The archive of link {link.Id} is missing from the store.");
        }

        var archive = new DocumentDto(link.Id, link.FolderId, DownloadLink.ArchiveName, "application/zip", content.Length, blobId!, link.CreatedBy, link.UsedAt ?? link.CreatedAt);
        return new DocumentContentDto(archive, content);
    }

    private async Task<BlobInfo> BuildAsync(IReadOnlyList<Domain.Documents.Document> documents, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"modular-zip-{Guid.NewGuid():N}.tmp");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var document in documents)
            {
                var entry = zip.CreateEntry(UniqueName(document.Name, names), CompressionLevel.NoCompression);
                entry.LastWriteTime = document.UploadedAt;
                await using var source = await blobs.OpenReadAsync(document.Sha256, cancellationToken)
                    ?? throw new InvalidOperationException($"The blob of document {document.Id} is missing from the store.");
                await using var target = await entry.OpenAsync(cancellationToken);
                await source.CopyToAsync(target, cancellationToken);
            }
        }

        file.Position = 0;
        return await blobs.PutAsync(file, cancellationToken);
    }

    /// <summary>"a.pdf", then "a (2).pdf", "a (3).pdf"… for documents that share a name.</summary>
    private static string UniqueName(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}";
        }

        return candidate;
    }
}

/// <summary>
/// A file or the ZIP went out in full. Once every file has, the link is marked downloaded (one
/// conditional update, so concurrent completions write the journal and email once).
/// </summary>
internal sealed class RecordLinkDownloadCommandHandler(IVaultRepository repository, IMediator mediator, TimeProvider time) : IRequestHandler<RecordLinkDownloadCommand, Result>
{
    public async Task<Result> Handle(RecordLinkDownloadCommand request, CancellationToken cancellationToken)
    {
        if (LinkTokens.HashOf(request.Token) is not { } hash || await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) is not { } link)
        {
            return VaultErrors.LinkUnknown;
        }

        // The session may have closed while a long download ran: its holder still fetched the files.
        if (LinkTokens.HashOf(request.SessionToken) is not { } session || !link.IsSessionOf(session))
        {
            return VaultErrors.SessionClosed;
        }

        if (request.DocumentId is { } documentId && !link.DocumentIds.Contains(documentId))
        {
            return VaultErrors.DocumentNotFound;
        }

        if (link.DownloadedAt is not null)
        {
            return Result.Success();
        }

        if (request.DocumentId is { } fetched)
        {
            await repository.RecordFetchedAsync(link.Id, fetched, cancellationToken);
            link = await repository.FindAsync(new DownloadLinkByTokenHashSpec(hash), cancellationToken) ?? link;
        }

        var now = time.GetUtcNow();
        if (!link.CompletesDownload(request.DocumentId) || !await repository.TryMarkDownloadedAsync(link.Id, now, cancellationToken))
        {
            return Result.Success();
        }

        repository.Append(new JournalEntry(link.FolderId, now, JournalKind.LinkDownloaded, null,
            request.DocumentId is null ? $"{link.DocumentIds.Count} document(s), en ZIP" : $"{link.DocumentIds.Count} document(s)"));
        await repository.SaveChangesAsync(cancellationToken);
        await LinkNotices.TellMakerAsync(mediator, link, "vault.link-downloaded", now, cancellationToken);
        return Result.Success();
    }
}
