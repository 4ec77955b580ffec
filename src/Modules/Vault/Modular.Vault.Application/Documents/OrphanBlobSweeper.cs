using Modular.SharedKernel.Storage;
using Modular.Vault.Application.Ports;

namespace Modular.Vault.Application.Documents;

/// <summary>
/// Removes the blobs no document or link holds once they are older than the grace period: the bytes
/// of an upload whose transaction never committed (the process was killed between the two), and the
/// partial writes a stopped upload left. The grace period covers an upload between its bytes and its
/// commit; a blob stored again meanwhile is new again and kept (<see cref="IBlobStore.DeleteIfWrittenBeforeAsync"/>).
/// </summary>
internal sealed class OrphanBlobSweeper(IVaultRepository repository, IBlobStore blobs, IVaultSettings settings)
{
    /// <summary>One sweep at <paramref name="now"/> (the file system's clock); what it removed.</summary>
    public async Task<OrphanSweep> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - settings.OrphanBlobGracePeriod;
        var abandoned = blobs.RemoveAbandonedWrites(cutoff);
        var removed = 0;
        await foreach (var blobId in blobs.ListWrittenBeforeAsync(cutoff, cancellationToken))
        {
            if (!await repository.BlobInUseAsync(blobId, cancellationToken) && await blobs.DeleteIfWrittenBeforeAsync(blobId, cutoff, cancellationToken))
            {
                removed++;
            }
        }

        return new OrphanSweep(removed, abandoned);
    }
}

/// <summary>What a sweep removed: blobs nothing held, and partial writes.</summary>
internal sealed record OrphanSweep(int Blobs, int PartialWrites);
