using Modular.Portfolio.Application.Ports;
using Modular.SharedKernel.Infrastructure.Storage;
using Modular.SharedKernel.Storage;

namespace Modular.Portfolio.Infrastructure.Storage;

/// <summary>The deposited DSN files in a store of their own (<c>portfolio</c> in the blob directory by default, <c>Modular:Portfolio:BlobDirectory</c>).</summary>
internal sealed class PortfolioBlobStore(string root) : IPortfolioBlobs
{
    private readonly FileSystemBlobStore _store = new(root);

    public Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken) => _store.PutAsync(content, cancellationToken);

    public Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken) => _store.OpenReadAsync(id, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken) => _store.DeleteAsync(id, cancellationToken);
}
