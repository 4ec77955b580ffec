using System.Globalization;
using MediatR;
using Modular.SharedKernel.Results;
using Modular.Vault.Application.Links;
using Modular.Vault.Application.Ports;
using Modular.Vault.Contracts;
using Modular.Vault.Domain;
using Modular.Vault.Domain.Folders;
using Modular.Vault.Domain.Links;

namespace Modular.Vault.Application.Links.RecordLinkDownload;

/// <summary>
/// A file or the ZIP went out in full. Once every file has, the link is marked downloaded (one
/// conditional update, so concurrent completions write the journal and email once).
/// </summary>
internal sealed class RecordLinkDownloadCommandHandler(IVaultRepository repository, TimeProvider time) : IRequestHandler<RecordLinkDownloadCommand, Result>
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
        if (!link.CompletesDownload(request.DocumentId))
        {
            return Result.Success();
        }

        await using var transaction = await repository.BeginTransactionAsync(cancellationToken);
        if (!await repository.TryMarkDownloadedAsync(link.Id, now, cancellationToken))
        {
            return Result.Success();
        }

        var count = link.DocumentIds.Count.ToString(CultureInfo.InvariantCulture);
        repository.Append(request.DocumentId is null
            ? new JournalEntry(link.FolderId, now, JournalKind.LinkDownloaded, null, ("count", count), (JournalEntry.VariantKey, "zip"))
            : new JournalEntry(link.FolderId, now, JournalKind.LinkDownloaded, null, ("count", count)));
        repository.Enqueue(link.Notice(DownloadLinkNotice.Downloaded, now));
        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved;
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
