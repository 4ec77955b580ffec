using Modular.Delegation.Application.Ports;
using Modular.SharedKernel.Infrastructure.Storage;
using Modular.SharedKernel.Storage;

namespace Modular.Delegation.Infrastructure.Storage;

/// <summary>The signatures in a store of their own (<c>delegation</c> in the blob directory by default, <c>Modular:Delegation:BlobDirectory</c>).</summary>
internal sealed class DelegationBlobStore(string root) : IDelegationBlobs
{
    private readonly FileSystemBlobStore _store = new(root);

    public Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken) => _store.PutAsync(content, cancellationToken);

    public Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken) => _store.OpenReadAsync(id, cancellationToken);
}
