using Modular.ClientPortal.Application.Ports;
using Modular.ClientPortal.Domain.Documents;

namespace Modular.ClientPortal.Application.Expiry;

/// <summary>
/// Deletes the documents past their retention: for each, in one transaction, its row and its search
/// entry go and a metadata-only journal line stays (so its old links answer 410); then its PDF's
/// bytes, unless another document holds the same bytes. A crash between the two leaves bytes that
/// no document holds, which the next run cannot reach: the lesser evil than a document without bytes.
/// </summary>
internal sealed class ExpiredDocumentPurge(IPortalRepository repository, IPortalSearch search, IPortalBlobs blobs, TimeProvider time)
{
    private const int Batch = 100;

    /// <summary>Purges every document expired by now; returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var purged = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var expired = await repository.ListAsync(new ExpiredDocumentsSpec(now, Batch), cancellationToken);
            if (expired.Count == 0)
            {
                break;
            }

            foreach (var document in expired)
            {
                await using (var transaction = await repository.BeginTransactionAsync(cancellationToken))
                {
                    repository.Remove(document);
                    repository.Add(PurgedDocument.Of(document, now));
                    var saved = await repository.SaveChangesAsync(cancellationToken);
                    if (saved.IsFailure)
                    {
                        throw new InvalidOperationException($"The expired portal document {document.Id} could not be purged: {saved.Error!.Code}.");
                    }

                    await search.RemoveAsync(document.Id, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                if (await repository.CountAsync(new DocumentsWithBlobSpec(document.Sha256), cancellationToken) == 0)
                {
                    await blobs.DeleteAsync(document.Sha256, cancellationToken);
                }

                purged++;
            }
        }

        return purged;
    }
}
