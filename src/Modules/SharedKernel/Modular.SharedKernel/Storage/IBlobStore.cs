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
}
