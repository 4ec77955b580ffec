namespace Modular.SharedKernel.Storage;

/// <summary>What the store knows of a blob: its content address (lower-case SHA-256 hex) and size.</summary>
public sealed record BlobInfo(string Id, long Length);

/// <summary>
/// Content-addressed storage for documents: the same bytes are stored once, and a blob is never
/// visible half-written. Content is streamed both ways, never buffered whole.
/// </summary>
public interface IBlobStore
{
    Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a seekable read stream, or null when no blob has that id.</summary>
    Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string id, CancellationToken cancellationToken);

    Task DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>The blobs last written (or stored again) before <paramref name="cutoff"/>: the candidates of a sweep.</summary>
    IAsyncEnumerable<string> ListWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes a blob unless it was written or stored again at or after <paramref name="cutoff"/> (an
    /// upload of the same content since the sweep began keeps it); false when it was kept.
    /// </summary>
    Task<bool> DeleteIfWrittenBeforeAsync(string id, DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Removes the partial writes a stopped process left behind, begun before <paramref name="cutoff"/>; how many.</summary>
    int RemoveAbandonedWrites(DateTimeOffset cutoff);
}
