using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Ports;
using Modular.Vault.Domain.Documents;

namespace Modular.Vault.Application.Documents;

/// <summary>
/// Removes the bytes of what the vault let go of, safely: the change that lets a blob go queues it
/// (saved with the change, <see cref="Queue"/>), then the blob is deleted once that change is
/// committed and nothing holds it any more (<see cref="PurgeAsync"/>, called at once after the
/// commit, and again by the purge worker for whatever a crash or a failed deletion left queued).
/// Blobs are shared by identical content: one another document or link still holds stays.
/// </summary>
internal sealed class BlobPurger(IVaultRepository repository, IBlobStore blobs)
{
    private const int Batch = 200;

    /// <summary>Queues the blobs for purging (not saved: they are saved with the change).</summary>
    public IReadOnlyList<string> Queue(IEnumerable<string> blobIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(blobIds);
        var queued = blobIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var blobId in queued)
        {
            repository.Add(new BlobPurge(blobId, now));
        }

        return queued;
    }

    /// <summary>
    /// Deletes the queued blobs nothing holds any more (only <paramref name="blobIds"/> when given)
    /// and forgets them; a blob the store fails to delete stays queued for the next pass. Returns
    /// how many queued blobs were settled.
    /// </summary>
    public async Task<int> PurgeAsync(IReadOnlyCollection<string>? blobIds, CancellationToken cancellationToken)
    {
        if (blobIds is { Count: 0 })
        {
            return 0;
        }

        var settled = 0;
        var queued = await repository.ListAsync(new QueuedBlobPurgesSpec(blobIds, Batch), cancellationToken);
        foreach (var purge in queued)
        {
            if (!await repository.BlobInUseAsync(purge.BlobId, cancellationToken))
            {
                try
                {
                    await blobs.DeleteAsync(purge.BlobId, cancellationToken);
                }
                catch (IOException)
                {
                    continue;
                }
                catch (UnauthorizedAccessException)
                {
                    continue;
                }
            }

            repository.Remove(purge);
            settled++;
        }

        if (settled > 0 && await repository.SaveChangesAsync(cancellationToken) is { IsFailure: true } failed)
        {
            throw new InvalidOperationException($"Forgetting purged blobs failed: {failed.Error.Code}.");
        }

        return settled;
    }
}
