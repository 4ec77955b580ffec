namespace Modular.Vault.Domain.Documents;

/// <summary>
/// A blob that a change let go of (a deleted document, a deleted folder's documents, the ZIP of a
/// revoked link), queued with that change so that its bytes are removed after the commit, and still
/// removed if the process stops first: the purge deletes it once nothing holds it.
/// </summary>
internal sealed class BlobPurge
{
    public BlobPurge(string blobId, DateTimeOffset queuedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(blobId);
        BlobId = blobId;
        QueuedAt = queuedAt;
    }

    private BlobPurge()
    {
        BlobId = "";
    }

    public long Id { get; private set; }

    /// <summary>The blob's id in the store (the content's SHA-256).</summary>
    public string BlobId { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }
}
