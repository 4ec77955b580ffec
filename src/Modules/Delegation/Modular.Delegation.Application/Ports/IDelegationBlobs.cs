using Modular.SharedKernel.Storage;

namespace Modular.Delegation.Application.Ports;

/// <summary>The signatures' bytes (drawn or scanned images, <c>.p7s</c> files), in a store of the module's own.</summary>
internal interface IDelegationBlobs
{
    Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken);

    Task<Stream?> OpenReadAsync(string id, CancellationToken cancellationToken);
}
