using Modular.ClientPortal.Application.Ports;
using Modular.SharedKernel.Infrastructure.Storage;
using Modular.SharedKernel.Storage;

namespace Modular.ClientPortal.Infrastructure.Storage;

/// <summary>The portal's PDFs in a store of their own (<c>portal</c> in the blob directory by default, <c>Modular:Portal:BlobDirectory</c>).</summary>
internal sealed class PortalBlobStore(string root) : IPortalBlobs
{
    private readonly FileSystemBlobStore _store = new(root);

    public Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken) => _store.PutAsync(content, cancellationToken);

    public Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken) => _store.OpenReadAsync(id, cancellationToken);

    public Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) => _store.ExistsAsync(id, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken) => _store.DeleteAsync(id, cancellationToken);
}
