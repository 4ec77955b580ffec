using System.Globalization;
using MediatR;
using Modular.ClientPortal.Application.Access;
using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Contracts;
using Modular.ClientPortal.Domain;
using Modular.ClientPortal.Domain.Documents;
using Modular.ClientPortal.Domain.Search;
using Modular.SharedKernel.Results;

namespace Modular.ClientPortal.Application.Documents.DownloadPortalArchive;

/// <summary>
/// Several documents of the reader's company for one ZIP: the chosen ones (each checked as a single
/// download is, all or none) or all of those leaving the portal soon. The module decides and records;
/// the Host writes the ZIP. The handler checks the request, makes sure every PDF is in the store,
/// records one read receipt per document (as a single download does, before the bytes go) and
/// returns the documents in order with their entries' names and, for each, a way to open its PDF.
/// Nothing is opened here: the Host opens one PDF at a time while it streams the ZIP to the
/// response, so neither side ever holds the ZIP or more than one file open, and the Host never
/// sees the module's store.
/// </summary>
internal sealed class DownloadPortalArchiveCommandHandler(IPortalRepository repository, IPortalSearch search, IPortalBlobs blobs, PortalAccess access, TimeProvider time)
    : IRequestHandler<DownloadPortalArchiveCommand, Result<PortalArchiveDto>>
{
    public async Task<Result<PortalArchiveDto>> Handle(DownloadPortalArchiveCommand request, CancellationToken cancellationToken)
    {
        var reader = await access.RequireReaderAsync(cancellationToken);
        if (reader.IsFailure)
        {
            return reader.Error;
        }

        var documents = request.ExpiringWithinDays is { } days
            ? await ExpiringAsync(reader.Value, days, request.DocumentIds is { Count: > 0 }, cancellationToken)
            : await ChosenAsync(reader.Value, request.DocumentIds ?? [], cancellationToken);
        if (documents.IsFailure)
        {
            return documents.Error;
        }

        foreach (var document in documents.Value)
        {
            if (!await blobs.ExistsAsync(document.Sha256, cancellationToken))
            {
                throw new InvalidOperationException($"The PDF of the portal document {document.Id} is missing from the store.");
            }
        }

        var now = time.GetUtcNow();
        foreach (var document in documents.Value)
        {
            repository.Add(ReadReceipt.Record(document.Id, reader.Value.CompanyId, reader.Value.UserId, reader.Value.ClientId, now));
        }

        var saved = await repository.SaveChangesAsync(cancellationToken);
        if (saved.IsFailure)
        {
            return saved.Error!;
        }

        var names = new ArchiveEntryNames();
        var entries = documents.Value.Select(d => new PortalArchiveEntryDto(d.ToDto(), names.Add(d.FileName), OpenFor(d))).ToList();
        return new PortalArchiveDto($"documents-{now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.zip", entries);
    }

    /// <summary>The chosen documents, each once, in the order chosen.</summary>
    private async Task<Result<IReadOnlyList<PortalDocument>>> ChosenAsync(PortalReader reader, IReadOnlyList<Guid> documentIds, CancellationToken cancellationToken)
    {
        var ids = documentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return PortalErrors.ArchiveEmpty;
        }

        if (ids.Count > DownloadPortalArchiveCommand.MaxDocuments)
        {
            return PortalErrors.ArchiveTooMany(DownloadPortalArchiveCommand.MaxDocuments);
        }

        return await access.RequireDocumentsAsync(reader, ids, cancellationToken);
    }

    /// <summary>What leaves the portal within the days asked, newest first as the list shows them.</summary>
    private async Task<Result<IReadOnlyList<PortalDocument>>> ExpiringAsync(PortalReader reader, int days, bool alsoChosen, CancellationToken cancellationToken)
    {
        if (alsoChosen || days is < 1 or > DownloadPortalArchiveCommand.MaxExpiringWithinDays)
        {
            return PortalErrors.ArchiveRequestInvalid(DownloadPortalArchiveCommand.MaxExpiringWithinDays);
        }

        var now = time.GetUtcNow();
        var filter = new DocumentFilter(reader.CompanyId, now, ExpiringBefore: now.AddDays(days));
        var (documents, total) = await search.FindAsync(filter, SearchTerms.Parse(null), 0, DownloadPortalArchiveCommand.MaxExpiringDocuments, cancellationToken);
        if (total == 0)
        {
            return PortalErrors.NothingExpiring(days);
        }

        return total > DownloadPortalArchiveCommand.MaxExpiringDocuments
            ? PortalErrors.TooManyExpiring(total, DownloadPortalArchiveCommand.MaxExpiringDocuments)
            : Result<IReadOnlyList<PortalDocument>>.Success(documents);
    }

    private Func<CancellationToken, Task<Stream>> OpenFor(PortalDocument document)
    {
        var (id, sha256) = (document.Id, document.Sha256);
        return async cancellationToken => await blobs.OpenReadAsync(sha256, cancellationToken)
            ?? throw new InvalidOperationException($"The PDF of the portal document {id} is missing from the store.");
    }
}
