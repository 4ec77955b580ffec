using Modular.Notifications.Application.Ports;
using Modular.SharedKernel.Infrastructure.Storage;
using Modular.SharedKernel.Storage;

namespace Modular.Notifications.Infrastructure.Storage;

/// <summary>The files sent with messages, in a store of their own (<c>notifications</c> in the blob directory by default).</summary>
internal sealed class EnclosureStore(string root) : IEnclosureStore
{
    private readonly FileSystemBlobStore _store = new(root);

    public Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken) => _store.PutAsync(content, cancellationToken);

    public Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken) => _store.OpenReadAsync(id, cancellationToken);
}
